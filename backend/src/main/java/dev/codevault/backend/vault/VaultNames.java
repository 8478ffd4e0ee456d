package dev.codevault.backend.vault;

import dev.codevault.backend.error.ConflictException;
import dev.codevault.backend.persistence.NameConflicts;
import dev.codevault.backend.persistence.NameKeys;
import dev.codevault.backend.persistence.UniqueConstraints;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Keeps vault names unique in their project by the rule of {@link NameKeys}. A check before the write finds the
 * usual clash, and the unique constraint {@code uq_vaults_project_name} decides between two writes that race.
 */
@Singleton
class VaultNames {

    private static final String UNIQUE_NAME = "uq_vaults_project_name";

    private final VaultRepository vaults;

    VaultNames(VaultRepository vaults) {
        this.vaults = vaults;
    }

    /**
     * Rejects a name that another vault of the project has already.
     *
     * @param vaultId the vault that takes the name, or {@code null} for a new one
     * @throws ConflictException when another vault of the project has the same name
     */
    void requireFree(UUID projectId, String name, @Nullable UUID vaultId) {
        vaults.findByProjectIdAndNameKey(projectId, NameKeys.of(name))
                .filter(other -> !other.id().equals(vaultId))
                .ifPresent(other -> {
                    throw conflict(name, other.name());
                });
    }

    /**
     * Returns the conflict of a write that lost a race against another one with the same name, or the failure itself
     * when it broke another rule.
     */
    RuntimeException conflictOr(DataAccessException failure, UUID projectId, String name) {
        if (!UniqueConstraints.violated(failure, UNIQUE_NAME)) {
            return failure;
        }
        String existing = vaults.findByProjectIdAndNameKey(projectId, NameKeys.of(name)).map(Vault::name)
                .orElse(name);
        return conflict(name, existing);
    }

    private static ConflictException conflict(String requested, String existing) {
        return new ConflictException(NameConflicts.message("The project already has a vault named", requested,
                existing));
    }
}
