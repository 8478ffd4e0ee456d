package dev.codevault.backend.vault;

import dev.codevault.backend.analysis.result.AnalysisResult;
import dev.codevault.backend.jobs.JobKind;
import dev.codevault.backend.jobs.JobQueue;
import dev.codevault.backend.project.ProjectRepository;
import dev.codevault.backend.results.AnalysisRun;
import dev.codevault.backend.results.AnalysisRunRepository;
import dev.codevault.backend.results.ResultStore;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VersionStatus;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of a vault through the pipeline, each one transaction: the state change, the rows it needs and the job
 * it queues commit together or not at all.
 */
@Singleton
public class VaultPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(VaultPipeline.class);
    private static final List<VersionStatus> PENDING = List.of(VersionStatus.QUEUED, VersionStatus.ANALYSING);

    private final VaultRepository vaults;
    private final ArchiveUploadRepository uploads;
    private final AnalysisRunRepository runs;
    private final ResultStore results;
    private final ProjectRepository projects;
    private final JobQueue queue;
    private final RepositoryDeletionRepository repositoryDeletions;
    private final Clock clock;

    VaultPipeline(VaultRepository vaults, ArchiveUploadRepository uploads, AnalysisRunRepository runs,
                  ResultStore results, ProjectRepository projects, JobQueue queue,
                  RepositoryDeletionRepository repositoryDeletions, Clock clock) {
        this.vaults = vaults;
        this.repositoryDeletions = repositoryDeletions;
        this.projects = projects;
        this.uploads = uploads;
        this.runs = runs;
        this.results = results;
        this.queue = queue;
        this.clock = clock;
    }

    /** Records an upload that passed its checks and queues its import. */
    @Transactional
    public void acceptUpload(ArchiveUpload upload) {
        uploads.save(upload);
        setState(upload.vaultId(), VaultStatus.QUEUED, null, null);
        queue.enqueue(JobKind.IMPORT, upload.vaultId());
        LOG.info("Vault {} received upload {} of {} bytes", upload.vaultId(), upload.id(), upload.archiveBytes());
    }

    /** Marks a vault as importing its upload. */
    @Transactional
    public void startImport(UUID vaultId) {
        setState(vaultId, VaultStatus.IMPORTING, null, 0);
    }

    /**
     * Records the commit an upload became as the vault's next version and queues its analysis. Running it again for
     * the same commit records no second version.
     */
    @Transactional
    public AnalysisRun recordImport(ArchiveUpload upload, String commitId) {
        UUID vaultId = upload.vaultId();
        AnalysisRun run = runs.findByVaultIdAndCommitId(vaultId, commitId).orElseGet(() -> runs.save(newRun(vaultId,
                commitId)));
        uploads.deleteById(upload.id());
        setState(vaultId, VaultStatus.QUEUED, null, null);
        queue.enqueue(JobKind.ANALYSE, vaultId);
        LOG.info("Vault {} imported upload {} as version {}", vaultId, upload.id(), run.versionNumber());
        return run;
    }

    /** Drops an upload that cannot be imported and shows the vault as failed with the reason. */
    @Transactional
    public void rejectUpload(ArchiveUpload upload, String reason) {
        uploads.deleteById(upload.id());
        setState(upload.vaultId(), VaultStatus.FAILED, reason, null);
    }

    /** Returns the oldest version of a vault that still needs its analysis. */
    public Optional<AnalysisRun> nextPendingRun(UUID vaultId) {
        return runs.findFirstByVaultIdAndStatusInOrderByVersionNumber(vaultId, PENDING);
    }

    /** Marks a version and its vault as being analysed. */
    @Transactional
    public void startAnalysis(AnalysisRun run) {
        runs.update(run.id(), VersionStatus.ANALYSING, null, clock.instant(), null);
        setState(run.vaultId(), VaultStatus.ANALYSING, null, null);
    }

    /**
     * Stores the results of a version and marks it as analysed, and the vault as ready unless more work waits for
     * it, in one transaction.
     */
    @Transactional
    public void finishAnalysis(AnalysisRun run, byte[] sealedDataKey, AnalysisResult result, Instant startedAt) {
        results.store(run, sealedDataKey, result);
        runs.update(run.id(), VersionStatus.READY, null, startedAt, clock.instant());
        setStateAfterWork(run.vaultId());
    }

    /** Marks the oldest pending version of a vault as failed, and the vault with it. */
    @Transactional
    public void failAnalysis(UUID vaultId, String reason) {
        nextPendingRun(vaultId).ifPresent(run -> runs.update(run.id(), VersionStatus.FAILED, reason,
                run.startedAt(), clock.instant()));
        setState(vaultId, VaultStatus.FAILED, reason, null);
        if (nextPendingRun(vaultId).isPresent()) {
            queue.enqueue(JobKind.ANALYSE, vaultId);
        }
    }

    /** Drops a vault's pending upload after its import failed for good, and shows the vault as failed. */
    @Transactional
    public void failImport(UUID vaultId, String reason) {
        uploads.findByVaultId(vaultId).ifPresent(upload -> uploads.deleteById(upload.id()));
        setState(vaultId, VaultStatus.FAILED, reason, null);
    }

    /** Notes on the vault that an attempt failed and another follows; the vault waits in the queue meanwhile. */
    @Transactional
    public void noteRetry(UUID vaultId, String note) {
        setState(vaultId, VaultStatus.QUEUED, note, null);
    }

    /** Sets how far the current step got, without a change of state. */
    @Transactional
    public void updateProgress(UUID vaultId, int percent) {
        vaults.updateProgressPercent(vaultId, percent);
    }

    /**
     * Deletes vaults with their rows, results, data keys and queued jobs, and the project too when one is given.
     * The caller deletes the returned files once this transaction has committed. Each repository is also recorded
     * for the queue sweeper, which deletes it again while a job of the deleted vault may still write into it.
     */
    @Transactional
    public DeletedFiles deleteVaults(List<Vault> doomed, @Nullable UUID projectId) {
        List<String> incoming = new ArrayList<>();
        List<String> repositories = new ArrayList<>();
        for (Vault vault : doomed) {
            queue.cancelAll(vault.id());
            uploads.findByVaultId(vault.id()).ifPresent(upload -> incoming.add(upload.storedName()));
            repositories.add(vault.repositoryName());
            if (!repositoryDeletions.existsById(vault.repositoryName())) {
                repositoryDeletions.save(new RepositoryDeletion(vault.repositoryName(), vault.id(), clock.instant()));
            }
            vaults.deleteById(vault.id());
            LOG.info("Vault {} deleted with its results and key", vault.id());
        }
        if (projectId != null) {
            projects.deleteById(projectId);
            LOG.info("Project {} deleted", projectId);
        }
        return new DeletedFiles(incoming, repositories);
    }

    /**
     * Files that deleted vaults leave behind in the storage folder.
     *
     * @param incomingNames   pending uploads in the incoming folder
     * @param repositoryNames bare repositories
     */
    public record DeletedFiles(List<String> incomingNames, List<String> repositoryNames) {
    }

    /**
     * Records a commit as the vault's next version and queues its analysis, inside the caller's transaction.
     *
     * @return the new version
     */
    AnalysisRun queueNewVersion(UUID vaultId, String commitId) {
        AnalysisRun run = runs.save(newRun(vaultId, commitId));
        setState(vaultId, VaultStatus.QUEUED, null, null);
        queue.enqueue(JobKind.ANALYSE, vaultId);
        return run;
    }

    /** Returns the newest version of a vault, whatever its status. */
    Optional<AnalysisRun> latestVersion(UUID vaultId) {
        return runs.findFirstByVaultIdOrderByVersionNumberDesc(vaultId);
    }

    /** Sets the state a vault shows once its current step is done, inside the caller's transaction. */
    void settleState(UUID vaultId) {
        setStateAfterWork(vaultId);
    }

    /** Sets a vault's state inside the caller's transaction. */
    void changeState(UUID vaultId, VaultStatus status, @Nullable String reason, @Nullable Integer progress) {
        setState(vaultId, status, reason, progress);
    }

    private void setStateAfterWork(UUID vaultId) {
        boolean moreWork = uploads.existsByVaultId(vaultId) || nextPendingRun(vaultId).isPresent();
        setState(vaultId, moreWork ? VaultStatus.QUEUED : VaultStatus.READY, null, null);
    }

    private void setState(UUID vaultId, VaultStatus status, @Nullable String reason, @Nullable Integer progress) {
        vaults.update(vaultId, status, reason, progress, clock.instant());
    }

    private AnalysisRun newRun(UUID vaultId, String commitId) {
        int version = runs.findFirstByVaultIdOrderByVersionNumberDesc(vaultId)
                .map(last -> last.versionNumber() + 1)
                .orElse(1);
        return new AnalysisRun(UUID.randomUUID(), vaultId, version, commitId, VersionStatus.QUEUED, null,
                clock.instant(), null, null);
    }
}
