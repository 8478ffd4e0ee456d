package dev.codevault.backend.jobs;

import dev.codevault.backend.analysis.AnalysisEngine;
import dev.codevault.backend.analysis.result.AnalysisResult;
import dev.codevault.backend.analysis.source.GitCommitSource;
import dev.codevault.backend.results.AnalysisRun;
import dev.codevault.backend.storage.VaultStorage;
import dev.codevault.backend.vault.Vault;
import dev.codevault.backend.vault.VaultPipeline;
import dev.codevault.backend.vault.VaultRepository;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses a vault's pending versions, oldest first, straight from the git objects of its repository, and stores
 * the results of each in one transaction.
 */
@Singleton
class AnalysisJob {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisJob.class);

    private final VaultRepository vaults;
    private final VaultPipeline pipeline;
    private final VaultStorage storage;
    private final AnalysisEngine engine;
    private final Clock clock;

    AnalysisJob(VaultRepository vaults, VaultPipeline pipeline, VaultStorage storage, AnalysisEngine engine,
                Clock clock) {
        this.vaults = vaults;
        this.pipeline = pipeline;
        this.storage = storage;
        this.engine = engine;
        this.clock = clock;
    }

    /** Runs the pending analyses of a vault; returns quietly when the vault is gone or nothing waits. */
    void run(UUID vaultId) {
        Optional<AnalysisRun> next = pipeline.nextPendingRun(vaultId);
        while (next.isPresent()) {
            Optional<Vault> vault = vaults.findById(vaultId);
            if (vault.isEmpty()) {
                return;
            }
            analyse(vault.get(), next.get());
            next = pipeline.nextPendingRun(vaultId);
        }
    }

    private void analyse(Vault vault, AnalysisRun run) {
        Instant startedAt = clock.instant();
        pipeline.startAnalysis(run);
        AnalysisResult result;
        try (Repository repository = storage.openOrCreate(vault.repositoryName())) {
            result = engine.analyze(GitCommitSource.at(repository, "vault " + vault.id(), run.commitId()));
        }
        pipeline.finishAnalysis(run, vault.sealedDataKey(), result, startedAt);
        LOG.info("Vault {}: version {} analysed in {} ms", vault.id(), run.versionNumber(),
                result.summary().durationMillis());
    }
}
