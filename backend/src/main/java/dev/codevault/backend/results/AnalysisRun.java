package dev.codevault.backend.results;

import dev.codevault.backend.persistence.BinaryUuid;
import dev.codevault.common.vault.VersionStatus;
import dev.codevault.common.vault.VersionView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * The analysis of one commit of a vault's repository: one version of the vault.
 *
 * @param id            random id
 * @param vaultId       the vault
 * @param versionNumber 1 for the vault's first version, then counting up
 * @param commitId      the analysed commit
 * @param status        the state of the analysis
 * @param failureReason what failed and what to do, for a failed analysis; else {@code null}
 * @param queuedAt      when the version was recorded
 * @param startedAt     when the analysis last started, or {@code null}
 * @param finishedAt    when it finished, or {@code null}
 */
@MappedEntity("analysis_runs")
public record AnalysisRun(@Id @BinaryUuid UUID id, @BinaryUuid UUID vaultId, int versionNumber, String commitId,
                          VersionStatus status, @Nullable String failureReason, Instant queuedAt,
                          @Nullable Instant startedAt, @Nullable Instant finishedAt) {

    /** Returns the version as the API shows it. */
    public VersionView view() {
        return new VersionView(versionNumber, commitId, status, failureReason, queuedAt, finishedAt);
    }
}
