package dev.codevault.backend.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The rule that makes two names of projects in a team, or of vaults in a project, the same name. Two names are the
 * same when they are equal after stripping leading and trailing white space, Unicode NFC normalisation, and
 * conversion to upper case and then to lower case in the root locale. So "Payments", " payments " and "PAYMENTS"
 * clash, while "Payments 2" does not. The database stores the SHA-256 hash of the normalised name in a
 * {@code name_key} column with a unique constraint, because a hash compares as bytes the same way on MySQL, MariaDB
 * and H2, whatever the collation of the name column.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /** Returns the name in the form that is compared. */
    public static String normalise(String name) {
        String composed = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        // Upper case first folds letters whose lower case differs by context, such as the final sigma and sharp s.
        return composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Returns the 32-byte key of a name, as stored in {@code name_key}. */
    public static byte[] of(String name) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalise(name).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
