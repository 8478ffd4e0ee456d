package dev.codevault.backend.crypto;

import jakarta.inject.Singleton;
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

    private final SealedValues sealedValues;
    private final SecureRandom random = new SecureRandom();

    DataKeys(SealedValues sealedValues) {
        this.sealedValues = sealedValues;
    }

    /** Creates a new data key for a vault and returns it sealed, ready to store. */
    public byte[] createSealed(UUID vaultId) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return sealedValues.seal(key, associatedData(vaultId));
    }

    /**
     * Opens a vault's sealed data key.
     *
     * @throws SealedValueException when the key is damaged, belongs to another vault, or its master key is not
     *                              configured
     */
    public SecretKey open(UUID vaultId, byte[] sealedKey) {
        return new SecretKeySpec(sealedValues.open(sealedKey, associatedData(vaultId), describe(vaultId)), "AES");
    }

    /** Returns the vault's data key sealed under the current master key, or the same bytes when it already is. */
    public byte[] reseal(UUID vaultId, byte[] sealedKey) {
        if (sealedValues.isSealedUnderCurrentKey(sealedKey, describe(vaultId))) {
            return sealedKey;
        }
        byte[] key = sealedValues.open(sealedKey, associatedData(vaultId), describe(vaultId));
        return sealedValues.seal(key, associatedData(vaultId));
    }

    private static String describe(UUID vaultId) {
        return "the data key of vault " + vaultId;
    }

    private static byte[] associatedData(UUID vaultId) {
        return (PURPOSE + vaultId).getBytes(StandardCharsets.US_ASCII);
    }
}
