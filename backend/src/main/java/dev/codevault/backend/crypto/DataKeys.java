package dev.codevault.backend.crypto;

import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Creates and opens the data keys of vaults. Each vault has its own AES-256 key; the database keeps it sealed by
 * the master key with the vault id as associated data, prefixed by the master key's id so keys can rotate.
 */
@Singleton
public class DataKeys {

    private static final String PURPOSE = "codevault vault data key\n";

    private final MasterKey masterKey;
    private final SecureRandom random = new SecureRandom();

    DataKeys(MasterKey masterKey) {
        this.masterKey = masterKey;
    }

    /** Creates a new data key for a vault and returns it sealed, ready to store. */
    public byte[] createSealed(UUID vaultId) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        byte[] keyId = masterKey.keyId().getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = Aead.seal(masterKey.secretKey(), key, associatedData(vaultId));
        return ByteBuffer.allocate(1 + keyId.length + sealed.length)
                .put((byte) keyId.length).put(keyId).put(sealed).array();
    }

    /**
     * Opens a vault's sealed data key.
     *
     * @throws SealedValueException when the key was sealed under another master key or for another vault
     */
    public SecretKey open(UUID vaultId, byte[] sealedKey) {
        ByteBuffer buffer = ByteBuffer.wrap(sealedKey);
        int idLength = buffer.get() & 0xFF;
        if (idLength > buffer.remaining()) {
            throw new SealedValueException("the data key of vault " + vaultId + " is damaged");
        }
        byte[] keyId = new byte[idLength];
        buffer.get(keyId);
        String sealedUnder = new String(keyId, StandardCharsets.US_ASCII);
        if (!sealedUnder.equals(masterKey.keyId())) {
            throw new SealedValueException("the data key of vault " + vaultId + " is sealed under master key "
                    + sealedUnder + ", not the configured " + masterKey.keyId());
        }
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return new SecretKeySpec(Aead.open(masterKey.secretKey(), sealed, associatedData(vaultId)), "AES");
    }

    private static byte[] associatedData(UUID vaultId) {
        return (PURPOSE + vaultId).getBytes(StandardCharsets.US_ASCII);
    }
}
