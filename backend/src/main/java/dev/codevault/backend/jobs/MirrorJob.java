package dev.codevault.backend.jobs;

import dev.codevault.backend.mirror.MirrorFailure;
import dev.codevault.backend.mirror.MirrorProgress;
import dev.codevault.backend.mirror.MirrorResult;
import dev.codevault.backend.mirror.RepositoryMirror;
import dev.codevault.backend.sources.GitCredential;
import dev.codevault.backend.sources.RemoteUrl;
import dev.codevault.backend.sources.RemoteUrlPolicy;
import dev.codevault.backend.sources.SourceCredentials;
import dev.codevault.backend.vault.CodeSource;
import dev.codevault.backend.vault.CodeSourceRepository;
import dev.codevault.backend.vault.GitSourcePipeline;
import dev.codevault.backend.vault.Vault;
import dev.codevault.backend.vault.VaultPipeline;
import dev.codevault.backend.vault.VaultRepository;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.FetchOutcome;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a git vault's remote into its repository and records what it found: a new commit becomes a version with a
 * queued analysis, the same commit is recorded and queues nothing. A failure that retrying cannot fix (credentials,
 * a missing repository or branch, the size limit, a blocked address) pauses the schedule at once; other failures
 * leave through an exception, so the queue retries them with backoff.
 */
@Singleton
class MirrorJob {

    private static final Logger LOG = LoggerFactory.getLogger(MirrorJob.class);
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final VaultRepository vaults;
    private final CodeSourceRepository codeSources;
    private final GitSourcePipeline gitPipeline;
    private final VaultPipeline pipeline;
    private final RepositoryMirror mirror;
    private final SourceCredentials credentials;
    private final RemoteUrlPolicy urlPolicy;

    MirrorJob(VaultRepository vaults, CodeSourceRepository codeSources, GitSourcePipeline gitPipeline,
              VaultPipeline pipeline, RepositoryMirror mirror, SourceCredentials credentials,
              RemoteUrlPolicy urlPolicy) {
        this.vaults = vaults;
        this.codeSources = codeSources;
        this.gitPipeline = gitPipeline;
        this.pipeline = pipeline;
        this.mirror = mirror;
        this.credentials = credentials;
        this.urlPolicy = urlPolicy;
    }

    /**
     * Runs a mirror for a vault; returns quietly when the vault is gone, has no git remote or is paused.
     *
     * @return whether a run was requested or the remote changed after this one read the code source, so the vault
     *         must be mirrored again
     */
    boolean run(UUID vaultId) {
        Optional<Vault> vault = vaults.findById(vaultId);
        Optional<CodeSource> source = codeSources.findByVaultId(vaultId);
        if (vault.isEmpty() || source.isEmpty() || source.get().kind() != CodeSourceKind.GIT) {
            LOG.info("Vault {} has no git remote to mirror", vaultId);
            return false;
        }
        if (source.get().paused()) {
            LOG.info("Vault {}: replication is paused; the queued mirror run is skipped", vaultId);
            return false;
        }

        RemoteUrl url = urlPolicy.parse(source.get().remoteUrl());
        String repositoryName = vault.get().repositoryName();
        GitCredential credential = source.get().sealedCredential() == null ? null
                : credentials.open(source.get().id(), source.get().sealedCredential());
        gitPipeline.startMirror(vaultId);
        long started = System.nanoTime();
        MirrorResult result;
        try {
            result = mirror.mirror(repositoryName, url, source.get().branch(), credential, throttled(vaultId));
        } catch (MirrorFailure failure) {
            LOG.warn("Vault {}: mirror run failed: {} ({})", vaultId, failure.reason(), causeClasses(failure));
            if (failure.reason().retryable()) {
                throw failure;
            }
            if (!gitPipeline.failMirrorRun(source.get(), repositoryName, failure.getMessage())) {
                LOG.info("Vault {}: the remote changed while the failed run read the old one; running again",
                        vaultId);
                return true;
            }
            return false;
        }
        Optional<FetchOutcome> outcome = gitPipeline.recordMirror(source.get(), repositoryName, result,
                credential != null);
        if (outcome.isEmpty()) {
            LOG.info("Vault {}: the remote changed while this run read the old one; its result is dropped and the "
                    + "new remote is read next", vaultId);
            return true;
        }
        LOG.info("Vault {}: mirror run took {} ms ({}, {}, {} bytes)", vaultId,
                (System.nanoTime() - started) / 1_000_000, result.firstClone() ? "first clone" : "fetch",
                outcome.get(), result.repositoryBytes());
        boolean again = gitPipeline.settleUpdateRequests(source.get().id(), source.get().updateRequests());
        if (again) {
            LOG.info("Vault {}: a mirror run was requested while this one ran; running again", vaultId);
        }
        return again;
    }

    /** Names the exception classes of a failure, for the log, without their messages, which can quote paths. */
    private static String causeClasses(Throwable failure) {
        StringBuilder names = new StringBuilder();
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            names.append(names.length() == 0 ? "" : " < ").append(cause.getClass().getSimpleName());
        }
        return names.length() == 0 ? "no cause" : names.toString();
    }

    /** Passes progress on to the vault's state at most once a second. */
    private MirrorProgress throttled(UUID vaultId) {
        AtomicLong lastUpdate = new AtomicLong(System.nanoTime());
        return percent -> {
            long now = System.nanoTime();
            if (now - lastUpdate.get() >= PROGRESS_EVERY_NANOS) {
                lastUpdate.set(now);
                pipeline.updateProgress(vaultId, Math.max(0, Math.min(99, percent)));
            }
        };
    }
}
