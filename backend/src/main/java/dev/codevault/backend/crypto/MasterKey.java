package dev.codevault.backend.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals credentials and vault data keys. It lives outside the database; the database only records
 * its id, which is derived from the key so that the wrong key is noticed at start-up.
 */
public final class MasterKey {

    /** Length of a master key in bytes (AES-256). */
    public static final int LENGTH = 32;

    private static final String ID_CONTEXT = "codevault master key id\n";
    private static final int ID_BYTES = 8;

    private final String keyId;
    private final SecretKey secretKey;

    private MasterKey(String keyId, SecretKey secretKey) {
        this.keyId = keyId;
        this.secretKey = secretKey;
    }

    /**
     * Wraps raw key material.
     *
     * @throws IllegalArgumentException when the material is not {@value #LENGTH} bytes long
     */
    public static MasterKey of(byte[] material) {
        if (material.length != LENGTH) {
            throw new IllegalArgumentException("a master key must be " + LENGTH + " bytes, not " + material.length);
        }
        return new MasterKey(idOf(material), new SecretKeySpec(material, "AES"));
    }

    /** Returns the public id of this key: 16 hex digits derived from the key, safe to log and store. */
    public String keyId() {
        return keyId;
    }

    /** Returns the key for AES-GCM. */
    public SecretKey secretKey() {
        return secretKey;
    }

    @Override
    public String toString() {
        return "MasterKey[" + keyId + "]";
    }

    private static String idOf(byte[] material) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(ID_CONTEXT.getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha256.digest(material);
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
