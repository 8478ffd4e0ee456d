package dev.codevault.backend.jobs;

import dev.codevault.backend.results.AnalysisRunRepository;
import dev.codevault.backend.vault.ArchiveUploadRepository;
import dev.codevault.common.vault.VersionStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Recovery of lost jobs, one vault at a time. It reads the vault's work again under a row lock before queueing, so
 * a job that finished after the sweeper's first read is not queued a second time.
 */
@Singleton
class LostJobs {

    private static final List<VersionStatus> PENDING = List.of(VersionStatus.QUEUED, VersionStatus.ANALYSING);

    private final ArchiveUploadRepository uploads;
    private final AnalysisRunRepository runs;
    private final JobQueue queue;

    LostJobs(ArchiveUploadRepository uploads, AnalysisRunRepository runs, JobQueue queue) {
        this.uploads = uploads;
        this.runs = runs;
        this.queue = queue;
    }

    /** Queues an import when the vault still has an upload and no import job, and returns whether it did. */
    @Transactional
    public boolean requeueImport(UUID vaultId) {
        return uploads.findByVaultIdForUpdate(vaultId).isPresent() && queue.enqueue(JobKind.IMPORT, vaultId);
    }

    /** Queues an analysis when the vault still has pending versions and no analysis job, and returns whether it did. */
    @Transactional
    public boolean requeueAnalysis(UUID vaultId) {
        return !runs.findByVaultIdAndStatusInForUpdate(vaultId, PENDING).isEmpty()
                && queue.enqueue(JobKind.ANALYSE, vaultId);
    }

    /** Returns the vaults that have versions waiting for or under analysis. */
    @Transactional
    public List<UUID> vaultsWithPendingVersions() {
        return runs.findByStatusIn(PENDING).stream().map(run -> run.vaultId()).distinct().toList();
    }
}
