package dev.codevault.backend.vault;

import dev.codevault.backend.crypto.ResealTarget;
import dev.codevault.backend.crypto.SealedValues;
import dev.codevault.backend.sources.SourceCredentials;
import jakarta.inject.Singleton;
import java.util.Arrays;

/** Re-seals the credentials of code sources under the current master key, for the rotation command. */
@Singleton
class CredentialReseal implements ResealTarget {

    private final CodeSourceRepository codeSources;
    private final SourceCredentials credentials;
    private final SealedValues sealedValues;

    CredentialReseal(CodeSourceRepository codeSources, SourceCredentials credentials, SealedValues sealedValues) {
        this.codeSources = codeSources;
        this.credentials = credentials;
        this.sealedValues = sealedValues;
    }

    @Override
    public String description() {
        return "git credentials";
    }

    @Override
    public int resealAll() {
        int resealed = 0;
        for (CodeSource source : codeSources.findAll()) {
            if (source.sealedCredential() == null) {
                continue;
            }
            byte[] current = credentials.reseal(source.id(), source.sealedCredential());
            if (!Arrays.equals(current, source.sealedCredential())) {
                codeSources.updateSealedCredential(source.id(), current);
                resealed++;
            }
        }
        return resealed;
    }

    @Override
    public int countNotUnderCurrentKey() {
        int count = 0;
        for (CodeSource source : codeSources.findAll()) {
            if (source.sealedCredential() != null && !sealedValues.isSealedUnderCurrentKey(source.sealedCredential(),
                    "the credential of code source " + source.id())) {
                count++;
            }
        }
        return count;
    }
}
