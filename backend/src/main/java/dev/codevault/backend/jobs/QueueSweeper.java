package dev.codevault.backend.jobs;

import dev.codevault.backend.sources.GitSettings;
import dev.codevault.backend.storage.VaultStorage;
import dev.codevault.backend.vault.ArchiveUpload;
import dev.codevault.backend.vault.ArchiveUploadRepository;
import dev.codevault.backend.vault.CodeSource;
import dev.codevault.backend.vault.CodeSourceRepository;
import dev.codevault.backend.vault.GitSourcePipeline;
import dev.codevault.backend.vault.RepositoryDeletion;
import dev.codevault.backend.vault.RepositoryDeletionRepository;
import dev.codevault.backend.vault.VaultRepository;
import dev.codevault.common.vault.CodeSourceKind;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts back in the queue the work that lost its job: an upload or a version whose job ended just before the work
 * was recorded (one job per kind and vault means a second one cannot be queued meanwhile). It also deletes incoming
 * files that no upload refers to any more, left by a crash between the import and the deletion of its file, puts
 * back replication schedules and requested mirror runs that lost their queue entry, and deletes first clones
 * abandoned by a crash and the repositories that no vault uses any more.
 */
@Singleton
class QueueSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(QueueSweeper.class);
    private static final Duration ORPHAN_AGE = Duration.ofHours(1);

    private final ArchiveUploadRepository uploads;
    private final LostJobs lostJobs;
    private final JobQueue queue;
    private final RepositoryDeletionRepository repositoryDeletions;
    private final VaultRepository vaults;
    private final VaultStorage storage;
    private final CodeSourceRepository codeSources;
    private final GitSourcePipeline gitPipeline;
    private final GitSettings gitSettings;
    private final Clock clock;

    QueueSweeper(ArchiveUploadRepository uploads, LostJobs lostJobs, JobQueue queue,
                 RepositoryDeletionRepository repositoryDeletions, VaultRepository vaults, VaultStorage storage,
                 CodeSourceRepository codeSources, GitSourcePipeline gitPipeline, GitSettings gitSettings,
                 Clock clock) {
        this.uploads = uploads;
        this.lostJobs = lostJobs;
        this.queue = queue;
        this.repositoryDeletions = repositoryDeletions;
        this.vaults = vaults;
        this.storage = storage;
        this.codeSources = codeSources;
        this.gitPipeline = gitPipeline;
        this.gitSettings = gitSettings;
        this.clock = clock;
    }

    /**
     * Queues the jobs that are missing and deletes orphaned incoming files. Each vault is queued in a transaction
     * of its own that reads its work again, because a job may finish between the first read and the queueing.
     */
    public void sweep() {
        for (ArchiveUpload upload : uploads.findAll()) {
            if (lostJobs.requeueImport(upload.vaultId())) {
                LOG.warn("Vault {}: its upload had no import job; queued one", upload.vaultId());
            }
        }
        for (UUID vaultId : lostJobs.vaultsWithPendingVersions()) {
            if (lostJobs.requeueAnalysis(vaultId)) {
                LOG.warn("Vault {}: its pending versions had no analysis job; queued one", vaultId);
            }
        }
        deleteOrphanedIncomingFiles();
        restoreReplicationSchedules();
        restoreRequestedMirrors();
        deleteAbandonedClones();
        deleteUnusedRepositories();
    }

    /**
     * Deletes the repositories that no vault uses any more. The repository of a deleted vault is deleted again on
     * every sweep, because a job that ran during the deletion may have written into it since. The old repository of
     * a vault whose remote URL changed is left alone while a job of the vault may still use it, which a mirror run
     * that read the old URL does. A deletion is done once no job that uses the vault's repository is left.
     */
    private void deleteUnusedRepositories() {
        for (RepositoryDeletion deletion : repositoryDeletions.findAll()) {
            boolean jobsLeft = queue.hasRepositoryJobs(deletion.vaultId());
            if (jobsLeft && vaults.existsById(deletion.vaultId())) {
                continue;
            }
            try {
                storage.deleteRepository(deletion.repositoryName());
            } catch (UncheckedIOException e) {
                LOG.warn("Deleting a repository that vault {} no longer uses failed; the next sweep tries again ({})",
                        deletion.vaultId(), e.getCause() == null ? e.getClass().getSimpleName()
                                : e.getCause().getClass().getSimpleName());
                continue;
            }
            if (!jobsLeft) {
                repositoryDeletions.deleteById(deletion.repositoryName());
                LOG.info("Deleted a repository that vault {} no longer uses", deletion.vaultId());
            }
        }
    }

    private void restoreReplicationSchedules() {
        for (CodeSource source : codeSources.findByKind(CodeSourceKind.GIT)) {
            if (gitPipeline.restoreSchedule(source)) {
                LOG.warn("Vault {}: its replication schedule had no queue entry; put it back", source.vaultId());
            }
        }
    }

    /**
     * Queues the mirror runs that were requested while a run ended: the run had checked for new requests already,
     * and its queue row still blocked a new one.
     */
    private void restoreRequestedMirrors() {
        for (CodeSource source : codeSources.findByUpdateRequestsGreaterThan(0)) {
            if (gitPipeline.restoreRequestedMirror(source)) {
                LOG.warn("Vault {}: a requested mirror run had no queue entry; queued one", source.vaultId());
            }
        }
    }

    /** Deletes first clones left half done by a process that stopped, once no run can still be writing them. */
    private void deleteAbandonedClones() {
        Instant cutoff = clock.instant().minus(gitSettings.maxDuration()).minus(ORPHAN_AGE);
        int deleted = storage.deleteAbandonedPartials(cutoff);
        if (deleted > 0) {
            LOG.info("Deleted {} abandoned first clones", deleted);
        }
    }

    private void deleteOrphanedIncomingFiles() {
        Path folder = storage.incomingFolder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<String> referenced = uploads.findAll().stream().map(ArchiveUpload::storedName)
                .collect(Collectors.toSet());
        Instant cutoff = clock.instant().minus(ORPHAN_AGE);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!referenced.contains(name) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                    LOG.info("Deleted an orphaned incoming upload");
                }
            }
        } catch (IOException e) {
            LOG.warn("Listing the incoming folder failed: {}", e.getMessage());
        }
    }
}
