package dev.codevault.backend.vault;

import dev.codevault.common.vault.VaultStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores vaults in {@code vaults}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface VaultRepository extends CrudRepository<Vault, UUID> {

    /** Returns the project's vaults by name. */
    List<Vault> findByProjectIdOrderByName(UUID projectId);

    /** Returns the vaults in any of the given states. */
    List<Vault> findByStatusIn(List<VaultStatus> statuses);

    /** Sets a vault's place in the pipeline. */
    void update(@Id UUID id, VaultStatus status, @Nullable String statusReason, @Nullable Integer progressPercent,
                Instant statusChangedAt);

    /** Sets how far the current step got, without changing the step. */
    void updateProgressPercent(@Id UUID id, @Nullable Integer progressPercent);

    /** Replaces a vault's sealed data key, for re-sealing under a new master key. */
    void updateSealedDataKey(@Id UUID id, byte[] sealedDataKey);

    /** Renames a vault. */
    void update(@Id UUID id, String name, byte[] nameKey, Instant updatedAt);

    /** Finds the project's vault whose name has the key. */
    Optional<Vault> findByProjectIdAndNameKey(UUID projectId, byte[] nameKey);

    /** Points a vault at another repository in the storage folder. */
    void updateRepositoryName(@Id UUID id, String repositoryName);
}
