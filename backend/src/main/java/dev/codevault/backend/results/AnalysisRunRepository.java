package dev.codevault.backend.results;

import dev.codevault.common.vault.VersionStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores analysis runs in {@code analysis_runs}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AnalysisRunRepository extends CrudRepository<AnalysisRun, UUID> {

    /** Returns a vault's runs, newest first. */
    List<AnalysisRun> findByVaultIdOrderByVersionNumberDesc(UUID vaultId);

    /** Finds one version of a vault. */
    Optional<AnalysisRun> findByVaultIdAndVersionNumber(UUID vaultId, int versionNumber);

    /** Finds the run of a commit of a vault. */
    Optional<AnalysisRun> findByVaultIdAndCommitId(UUID vaultId, String commitId);

    /** Finds a vault's newest run. */
    Optional<AnalysisRun> findFirstByVaultIdOrderByVersionNumberDesc(UUID vaultId);

    /** Finds a vault's oldest run in any of the given states. */
    Optional<AnalysisRun> findFirstByVaultIdAndStatusInOrderByVersionNumber(UUID vaultId,
                                                                            List<VersionStatus> statuses);

    /** Finds a vault's newest run in a state. */
    Optional<AnalysisRun> findFirstByVaultIdAndStatusOrderByVersionNumberDesc(UUID vaultId, VersionStatus status);

    /** Returns a vault's runs in any of the given states and locks their rows until the transaction ends. */
    List<AnalysisRun> findByVaultIdAndStatusInForUpdate(UUID vaultId, List<VersionStatus> statuses);

    /** Returns every run in any of the given states. */
    List<AnalysisRun> findByStatusIn(List<VersionStatus> statuses);

    /** Sets the state of a run. */
    void update(@Id UUID id, VersionStatus status, @Nullable String failureReason, @Nullable Instant startedAt,
                @Nullable Instant finishedAt);
}
