package dev.codevault.backend.auth.passcode;

import dev.codevault.backend.crypto.MasterKey;
import dev.codevault.backend.persistence.UuidBytesConverter;
import dev.codevault.backend.security.DerivedKeys;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Generates passcodes and their keyed hashes. A passcode is 8 characters from a 32-symbol alphabet without the
 * look-alikes 0, O, 1 and I (40 bits), shown as {@code ABCD-EFGH}.
 */
@Singleton
class PasscodeCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    private static final String LABEL = "codevault passcode hash key v1";

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec hashKey;

    PasscodeCodes(MasterKey masterKey) {
        this.hashKey = new SecretKeySpec(DerivedKeys.derive(masterKey, LABEL), "HmacSHA256");
    }

    /** Returns a new passcode in its display form, {@code ABCD-EFGH}. */
    String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Returns the keyed hash of a passcode as typed: case, spaces and dashes do not matter. */
    byte[] hash(UUID attemptId, String typed) {
        String normalised = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(hashKey);
            hmac.update(UuidBytesConverter.toBytes(attemptId));
            return hmac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }

    /** Compares two hashes in constant time. */
    static boolean same(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }
}
