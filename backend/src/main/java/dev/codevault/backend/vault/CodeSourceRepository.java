package dev.codevault.backend.vault;

import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.FetchOutcome;
import dev.codevault.common.vault.ReplicationSchedule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores code sources in {@code code_sources}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CodeSourceRepository extends CrudRepository<CodeSource, UUID> {

    /** Finds the code source of a vault. */
    Optional<CodeSource> findByVaultId(UUID vaultId);

    /** Finds a code source by id and locks its row until the transaction ends. */
    Optional<CodeSource> findByIdForUpdate(UUID id);

    /** Returns the code sources of a kind. */
    List<CodeSource> findByKind(CodeSourceKind kind);

    /** Replaces or removes the sealed credential. */
    void update(@Id UUID id, @Nullable byte[] sealedCredential, @Nullable Instant credentialUpdatedAt,
                @Nullable Instant credentialUsedAt, Instant updatedAt);

    /** Sets the remote's URL and branch. */
    void update(@Id UUID id, String remoteUrl, @Nullable String branch, Instant updatedAt);

    /** Sets the schedule. */
    void update(@Id UUID id, ReplicationSchedule schedule, Instant updatedAt);

    /** Records a read of the remote. */
    void updateLastFetchAtAndLastFetchOutcome(@Id UUID id, @Nullable Instant lastFetchAt,
                                              @Nullable FetchOutcome lastFetchOutcome);

    /** Records that the credential opened the remote. */
    void updateCredentialUsedAt(@Id UUID id, @Nullable Instant credentialUsedAt);

    /** Pauses the schedule with a reason, or resumes it with two {@code null}s. */
    void updatePausedAtAndPauseReason(@Id UUID id, @Nullable Instant pausedAt, @Nullable String pauseReason);

    /** Counts a request for a mirror run. */
    @Query("UPDATE code_sources SET update_requests = update_requests + 1 WHERE id = :id")
    void countUpdateRequest(UUID id);

    /**
     * Sets the count of mirror requests back to zero, unless it changed since a run read it as {@code seen}.
     *
     * @return the number of rows changed
     */
    @Query("UPDATE code_sources SET update_requests = 0 WHERE id = :id AND update_requests = :seen")
    long clearUpdateRequests(UUID id, int seen);

    /** Returns the code sources with mirror requests that no run has served yet. */
    List<CodeSource> findByUpdateRequestsGreaterThan(int count);

    /** Replaces the sealed credential without touching its times, for re-sealing under a new master key. */
    void updateSealedCredential(@Id UUID id, @Nullable byte[] sealedCredential);
}
