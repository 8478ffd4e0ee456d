package dev.codevault.backend.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The rule that makes two names of projects in a team, or of vaults in a project, the same name. Two names are the
 * same when they are equal after these steps: strip white space at both ends ({@link #strip}), remove invisible
 * characters ({@link #removeInvisible}), apply Unicode NFKC normalisation, and convert to upper case and then to
 * lower case in the root locale. So "Payments", " payments ", "PAYMENTS", "Payments" with a zero-width space and
 * "Ｐayments" with a full-width letter clash, while "Payments 2" does not. The database stores the SHA-256 hash of
 * the normalised name in a {@code name_key} column with a unique constraint, because a hash compares as bytes the
 * same way on MySQL, MariaDB and H2, whatever the collation of the name column.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /** Returns the name in the form that is compared. */
    public static String normalise(String name) {
        // NFKC maps the Hangul filler U+3164 to U+1160, which is invisible too, so the removal runs again after it.
        return caseFolded(removeInvisible(compatible(removeInvisible(strip(name)))));
    }

    /** Returns the 32-byte key of a name, as stored in {@code name_key}. */
    public static byte[] of(String name) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalise(name).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /**
     * Returns the name without white space at either end. White space is what {@link Character#isWhitespace} accepts
     * plus the space separators it leaves out, such as the no-break space U+00A0, so this strips more than
     * {@link String#strip}.
     */
    public static String strip(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && isSpace(name.codePointAt(start))) {
            start += Character.charCount(name.codePointAt(start));
        }
        while (end > start && isSpace(name.codePointBefore(end))) {
            end -= Character.charCount(name.codePointBefore(end));
        }
        return name.substring(start, end);
    }

    /** Returns whether the name has a character that is neither white space nor invisible. */
    public static boolean hasVisibleCharacters(String name) {
        return removeInvisible(name).codePoints().anyMatch(codePoint -> !isSpace(codePoint));
    }

    /**
     * Returns the text without the code points that Unicode marks Default_Ignorable_Code_Point (Unicode 15.1,
     * DerivedCoreProperties.txt): zero-width spaces and joiners, direction marks, the Hangul fillers, variation
     * selectors, tags and the like. Fonts draw them as nothing, so two names that differ only in them look the same.
     */
    static String removeInvisible(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints().filter(codePoint -> !isDefaultIgnorable(codePoint)).forEach(visible::appendCodePoint);
        return visible.toString();
    }

    /** Returns the NFKC form, which maps look-alike forms such as full-width letters to the usual characters. */
    static String compatible(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Returns the text in one letter case. */
    static String caseFolded(String text) {
        // Upper case first folds letters whose lower case differs by context, such as the final sigma and sharp s.
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.SPACE_SEPARATOR;
    }

    private static boolean isDefaultIgnorable(int c) {
        return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160 || c == 0x17B4
                || c == 0x17B5 || (c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || c == 0x3164
                || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0xFFA0 || (c >= 0xFFF0 && c <= 0xFFF8)
                || (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A)
                || (c >= 0xE0000 && c <= 0xE0FFF);
    }
}
