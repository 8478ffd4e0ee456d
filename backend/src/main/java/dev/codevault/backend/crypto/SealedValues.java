package dev.codevault.backend.crypto;

import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Seals values under the current master key and opens them under whichever key of the ring sealed them. A sealed
 * value starts with the id of its master key (one length byte, then the id in ASCII), followed by the
 * {@link Aead} output. The associated data binds a value to the row it belongs to.
 */
@Singleton
public class SealedValues {

    private final MasterKeyRing keys;

    SealedValues(MasterKeyRing keys) {
        this.keys = keys;
    }

    /** Seals a value under the current master key. */
    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        MasterKey key = keys.current();
        byte[] keyId = key.keyId().getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = Aead.seal(key.secretKey(), plaintext, associatedData);
        return ByteBuffer.allocate(1 + keyId.length + sealed.length)
                .put((byte) keyId.length).put(keyId).put(sealed).array();
    }

    /**
     * Opens a sealed value with the key that sealed it.
     *
     * @param what names the value in an error message, such as "the credential of code source 42"
     * @throws SealedValueException when the value is damaged, belongs to other associated data, or its key is not
     *                              configured
     */
    public byte[] open(byte[] value, byte[] associatedData, String what) {
        String keyId = keyIdOf(value, what);
        MasterKey key = keys.find(keyId).orElseThrow(() -> new SealedValueException(what + " is sealed under master "
                + "key " + keyId + ", which is not configured. Supply it as CODEVAULT_MASTER_KEY or in "
                + "CODEVAULT_PREVIOUS_MASTER_KEYS."));
        int offset = 1 + keyId.length();
        byte[] sealed = new byte[value.length - offset];
        System.arraycopy(value, offset, sealed, 0, sealed.length);
        return Aead.open(key.secretKey(), sealed, associatedData);
    }

    /** Returns whether a sealed value was sealed under the current master key. */
    public boolean isSealedUnderCurrentKey(byte[] value, String what) {
        return keyIdOf(value, what).equals(keys.current().keyId());
    }

    /**
     * Returns the id of the master key that sealed a value.
     *
     * @throws SealedValueException when the value is too short to carry one
     */
    public static String keyIdOf(byte[] value, String what) {
        if (value.length < 1) {
            throw new SealedValueException(what + " is empty");
        }
        int idLength = value[0] & 0xFF;
        if (idLength == 0 || idLength >= value.length) {
            throw new SealedValueException(what + " is damaged");
        }
        return new String(value, 1, idLength, StandardCharsets.US_ASCII);
    }
}
