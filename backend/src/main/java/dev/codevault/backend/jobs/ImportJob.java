package dev.codevault.backend.jobs;

import dev.codevault.backend.archive.ArchiveImporter;
import dev.codevault.backend.archive.ArchiveManifest;
import dev.codevault.backend.archive.ArchiveRejectedException;
import dev.codevault.backend.archive.ImportProgress;
import dev.codevault.backend.results.AnalysisRunRepository;
import dev.codevault.backend.storage.VaultStorage;
import dev.codevault.backend.vault.ArchiveUpload;
import dev.codevault.backend.vault.ArchiveUploadRepository;
import dev.codevault.backend.vault.Vault;
import dev.codevault.backend.vault.VaultPipeline;
import dev.codevault.backend.vault.VaultRepository;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Imports a vault's pending upload as a new commit of its repository and queues the analysis of that commit. */
@Singleton
class ImportJob {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJob.class);
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final VaultRepository vaults;
    private final ArchiveUploadRepository uploads;
    private final VaultPipeline pipeline;
    private final VaultStorage storage;
    private final ArchiveImporter importer;
    private final AnalysisRunRepository runs;
    private final Clock clock;

    ImportJob(VaultRepository vaults, ArchiveUploadRepository uploads, VaultPipeline pipeline, VaultStorage storage,
              ArchiveImporter importer, AnalysisRunRepository runs, Clock clock) {
        this.vaults = vaults;
        this.uploads = uploads;
        this.pipeline = pipeline;
        this.storage = storage;
        this.importer = importer;
        this.runs = runs;
        this.clock = clock;
    }

    /** Runs the import for a vault; returns quietly when the vault or its upload is gone. */
    void run(UUID vaultId) {
        Optional<Vault> vault = vaults.findById(vaultId);
        Optional<ArchiveUpload> upload = uploads.findByVaultId(vaultId);
        if (vault.isEmpty() || upload.isEmpty()) {
            LOG.info("Vault {} has nothing to import", vaultId);
            return;
        }
        Path archive = storage.incomingFile(upload.get().storedName());
        if (!Files.isRegularFile(archive)) {
            LOG.error("Vault {}: the file of upload {} is missing from the incoming folder", vaultId,
                    upload.get().id());
            pipeline.rejectUpload(upload.get(), "The uploaded archive is missing on the server. Upload it again.");
            return;
        }

        pipeline.startImport(vaultId);
        warnIfRepositoryLost(vault.get());
        long started = System.nanoTime();
        try (Repository repository = storage.openOrCreate(vault.get().repositoryName())) {
            ArchiveManifest manifest = importer.inspect(archive, "");
            String commitId = importer.importAsCommit(archive, manifest, repository, upload.get().id().toString(),
                    clock.instant(), throttled(vaultId)).name();
            pipeline.recordImport(upload.get(), commitId);
        } catch (ArchiveRejectedException e) {
            LOG.warn("Vault {}: upload {} was rejected on import ({})", vaultId, upload.get().id(), e.problemType());
            pipeline.rejectUpload(upload.get(), "The uploaded archive was rejected (" + e.problemType() + "). "
                    + "Upload a corrected archive.");
        }
        storage.deleteIncoming(upload.get().storedName());
        LOG.info("Vault {}: import of upload {} took {} ms", vaultId, upload.get().id(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Logs that a vault with versions has no repository any more, which someone must look into. */
    private void warnIfRepositoryLost(Vault vault) {
        if (!storage.exists(vault.repositoryName()) && runs.findFirstByVaultIdOrderByVersionNumberDesc(vault.id())
                .isPresent()) {
            LOG.error("Vault {}: its repository is missing from the storage folder although it has versions; a new "
                    + "one is created, and the commits of the earlier versions are gone", vault.id());
        }
    }

    /** Passes progress on to the vault's state at most once a second, and stops the import if the vault is gone. */
    private ImportProgress throttled(UUID vaultId) {
        AtomicLong lastUpdate = new AtomicLong(System.nanoTime());
        return (done, total) -> {
            long now = System.nanoTime();
            if (total > 0 && now - lastUpdate.get() >= PROGRESS_EVERY_NANOS) {
                lastUpdate.set(now);
                if (!vaults.existsById(vaultId)) {
                    throw new IllegalStateException("vault " + vaultId + " was deleted during its import");
                }
                pipeline.updateProgress(vaultId, (int) Math.min(99, done * 100 / total));
            }
        };
    }
}
