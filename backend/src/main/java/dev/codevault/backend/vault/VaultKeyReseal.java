package dev.codevault.backend.vault;

import dev.codevault.backend.crypto.DataKeys;
import dev.codevault.backend.crypto.ResealTarget;
import dev.codevault.backend.crypto.SealedValues;
import jakarta.inject.Singleton;
import java.util.Arrays;

/** Re-seals the vaults' data keys under the current master key, for the rotation command. */
@Singleton
class VaultKeyReseal implements ResealTarget {

    private final VaultRepository vaults;
    private final DataKeys dataKeys;
    private final SealedValues sealedValues;

    VaultKeyReseal(VaultRepository vaults, DataKeys dataKeys, SealedValues sealedValues) {
        this.vaults = vaults;
        this.dataKeys = dataKeys;
        this.sealedValues = sealedValues;
    }

    @Override
    public String description() {
        return "vault data keys";
    }

    @Override
    public int resealAll() {
        int resealed = 0;
        for (Vault vault : vaults.findAll()) {
            byte[] current = dataKeys.reseal(vault.id(), vault.sealedDataKey());
            if (!Arrays.equals(current, vault.sealedDataKey())) {
                vaults.updateSealedDataKey(vault.id(), current);
                resealed++;
            }
        }
        return resealed;
    }

    @Override
    public int countNotUnderCurrentKey() {
        int count = 0;
        for (Vault vault : vaults.findAll()) {
            if (!sealedValues.isSealedUnderCurrentKey(vault.sealedDataKey(), "the data key of vault " + vault.id())) {
                count++;
            }
        }
        return count;
    }
}
