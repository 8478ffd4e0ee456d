package dev.codevault.backend.vault;

import dev.codevault.backend.error.ConflictException;
import dev.codevault.backend.jobs.JobKind;
import dev.codevault.backend.jobs.JobQueue;
import dev.codevault.backend.mirror.MirrorResult;
import dev.codevault.backend.persistence.NameKeys;
import dev.codevault.backend.results.AnalysisRun;
import dev.codevault.backend.storage.VaultStorage;
import dev.codevault.common.vault.FetchOutcome;
import dev.codevault.common.vault.ReplicationSchedule;
import dev.codevault.common.vault.VaultStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of a git vault, each one transaction: the code source's row, the vault's state, the queued mirror or
 * analysis job and the replication schedule change together or not at all.
 */
@Singleton
public class GitSourcePipeline {

    private static final Logger LOG = LoggerFactory.getLogger(GitSourcePipeline.class);
    /** States in which a vault shows QUEUED when a mirror run is queued; other states belong to running work. */
    private static final Set<VaultStatus> IDLE = EnumSet.of(VaultStatus.EMPTY, VaultStatus.READY, VaultStatus.FAILED);

    private final VaultRepository vaults;
    private final CodeSourceRepository codeSources;
    private final VaultPipeline pipeline;
    private final RepositoryDeletionRepository repositoryDeletions;
    private final JobQueue queue;
    private final Clock clock;

    GitSourcePipeline(VaultRepository vaults, CodeSourceRepository codeSources, VaultPipeline pipeline,
                      RepositoryDeletionRepository repositoryDeletions, JobQueue queue, Clock clock) {
        this.vaults = vaults;
        this.codeSources = codeSources;
        this.pipeline = pipeline;
        this.repositoryDeletions = repositoryDeletions;
        this.queue = queue;
        this.clock = clock;
    }

    /** Stores a new git vault with its code source, queues its first mirror run and starts its schedule. */
    @Transactional
    public void create(Vault vault, CodeSource source) {
        vaults.save(vault);
        codeSources.save(source);
        queue.enqueue(JobKind.MIRROR, vault.id());
        startSchedule(source.vaultId(), source.schedule());
    }

    /** Queues a mirror run now and resumes a paused schedule ("Update code"). */
    @Transactional
    public void queueUpdate(CodeSource source) {
        resume(source);
        queueMirror(source);
    }

    /** Changes the schedule; a paused schedule stays paused until it is resumed. */
    @Transactional
    public void changeSchedule(CodeSource source, ReplicationSchedule schedule) {
        codeSources.update(source.id(), schedule, clock.instant());
        queue.cancelReplication(source.vaultId());
        if (!source.paused()) {
            startSchedule(source.vaultId(), schedule);
        }
    }

    /**
     * Stores a credential that just opened the remote, resumes a paused schedule and queues a mirror run when the
     * schedule was paused.
     */
    @Transactional
    public void replaceCredential(CodeSource source, byte[] sealedCredential) {
        Instant now = clock.instant();
        codeSources.update(source.id(), sealedCredential, now, now, now);
        if (source.paused()) {
            resume(source);
            queueMirror(source);
        }
    }

    /** Removes the stored credential. */
    @Transactional
    public void removeCredential(CodeSource source) {
        codeSources.update(source.id(), null, null, null, clock.instant());
    }

    /**
     * Stores remote settings that passed their checks, renames the vault when the change names it, resumes a paused
     * schedule and queues a mirror run. A new URL points the vault at a new repository name, so the next run clones
     * the new remote from scratch instead of fetching it into the old remote's objects. The queue sweeper deletes
     * the old repository once no run that read the old URL can still write into it.
     *
     * @return whether the vault moved to a new repository
     * @throws ConflictException when the URL changes while a version of the old remote waits for its analysis,
     *                           which reads that version's commit from the old repository
     */
    @Transactional
    public boolean changeRemote(CodeSource source, RemoteChange change) {
        CodeSource current = codeSources.findByIdForUpdate(source.id())
                .orElseThrow(() -> new IllegalStateException("code source " + source.id() + " is gone"));
        Vault vault = vaults.findById(current.vaultId())
                .orElseThrow(() -> new IllegalStateException("vault " + current.vaultId() + " is gone"));
        Instant now = clock.instant();
        boolean newRepository = !change.remoteUrl().equals(current.remoteUrl());
        if (newRepository) {
            retireRepository(vault, now);
        }

        codeSources.update(current.id(), change.remoteUrl(), change.branch(), now);
        switch (change.credential()) {
            case REPLACE -> codeSources.update(current.id(), change.sealedCredential(), now, now, now);
            case REMOVE -> codeSources.update(current.id(), null, null, null, now);
            case KEEP -> {
            }
        }
        if (change.name() != null) {
            vaults.update(vault.id(), change.name(), NameKeys.of(change.name()), now);
        }

        resume(current);
        queueMirror(current);
        return newRepository;
    }

    /** Marks a vault as reading its remote. */
    @Transactional
    public void startMirror(UUID vaultId) {
        pipeline.changeState(vaultId, VaultStatus.MIRRORING, null, 0);
    }

    /**
     * Records a successful mirror run: a branch commit other than the newest version's becomes the next version
     * and its analysis is queued; the same commit is recorded as no new commit, and nothing is queued. A run whose
     * remote changed after it read the code source records nothing, because its commit belongs to the old remote.
     *
     * @param source         the code source as the run read it
     * @param repositoryName the repository the run wrote into
     * @param credentialUsed whether the stored credential opened the remote in this run
     * @return what the run found, or empty when the vault's remote changed meanwhile
     */
    @Transactional
    public Optional<FetchOutcome> recordMirror(CodeSource source, String repositoryName, MirrorResult result,
                                               boolean credentialUsed) {
        if (!stillCurrent(source, repositoryName)) {
            return Optional.empty();
        }
        return Optional.of(recordCommit(source, result, credentialUsed));
    }

    private FetchOutcome recordCommit(CodeSource source, MirrorResult result, boolean credentialUsed) {
        UUID vaultId = source.vaultId();
        Instant now = clock.instant();
        if (credentialUsed) {
            codeSources.updateCredentialUsedAt(source.id(), now);
        }
        boolean unchanged = pipeline.latestVersion(vaultId).map(AnalysisRun::commitId)
                .filter(result.commitId()::equals).isPresent();
        if (unchanged) {
            codeSources.updateLastFetchAtAndLastFetchOutcome(source.id(), now, FetchOutcome.NO_NEW_COMMIT);
            pipeline.settleState(vaultId);
            LOG.info("Vault {}: the remote has no new commit on its branch", vaultId);
            return FetchOutcome.NO_NEW_COMMIT;
        }
        AnalysisRun run = pipeline.queueNewVersion(vaultId, result.commitId());
        codeSources.updateLastFetchAtAndLastFetchOutcome(source.id(), now, FetchOutcome.NEW_COMMIT);
        LOG.info("Vault {}: mirrored a new commit as version {}", vaultId, run.versionNumber());
        return FetchOutcome.NEW_COMMIT;
    }

    /**
     * Records a mirror run that failed for good, as {@link #failMirror} with pause does. When the vault's remote
     * changed after the run read the code source, the failure belongs to the old remote, so nothing is recorded.
     *
     * @param source         the code source as the run read it
     * @param repositoryName the repository the run wrote into
     * @return whether the failure was recorded
     */
    @Transactional
    public boolean failMirrorRun(CodeSource source, String repositoryName, String reason) {
        if (!stillCurrent(source, repositoryName)) {
            return false;
        }
        failMirror(source.vaultId(), reason, true);
        return true;
    }

    /**
     * Records a failed mirror run and shows the vault as failed with the reason; with {@code pause}, the schedule
     * stops until someone presses Update code or replaces the credentials.
     */
    @Transactional
    public void failMirror(UUID vaultId, String reason, boolean pause) {
        Optional<CodeSource> source = codeSources.findByVaultId(vaultId);
        if (source.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        codeSources.updateLastFetchAtAndLastFetchOutcome(source.get().id(), now, FetchOutcome.FAILED);
        if (pause) {
            codeSources.updatePausedAtAndPauseReason(source.get().id(), now, reason);
            queue.cancelReplication(vaultId);
            LOG.warn("Vault {}: replication paused after a failed mirror run", vaultId);
        }
        pipeline.changeState(vaultId, VaultStatus.FAILED, reason, null);
    }

    /**
     * Runs a due replication schedule: queues a mirror run and returns the next due time, or nothing when the
     * schedule ended (the vault is gone, the schedule is manual or paused).
     */
    @Transactional
    public Optional<Instant> fireSchedule(UUID vaultId) {
        Optional<CodeSource> source = codeSources.findByVaultId(vaultId);
        if (source.isEmpty() || source.get().paused()) {
            return Optional.empty();
        }
        Optional<Instant> next = ReplicationSchedules.nextAfter(source.get().schedule(), clock.instant());
        if (next.isPresent()) {
            queueMirror(source.get());
            LOG.info("Vault {}: the {} schedule queued a mirror run", vaultId, source.get().schedule());
        }
        return next;
    }

    /**
     * Puts back a replication schedule that lost its queue entry, due one period after the last read (or now when
     * that has passed already).
     *
     * @return whether a schedule was missing and was put back
     */
    @Transactional
    public boolean restoreSchedule(CodeSource source) {
        if (source.paused() || queue.replicationDueAt(source.vaultId()).isPresent()) {
            return false;
        }
        Instant since = source.lastFetchAt() == null ? source.createdAt() : source.lastFetchAt();
        Optional<Instant> next = ReplicationSchedules.nextAfter(source.schedule(), since);
        if (next.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        queue.scheduleReplication(source.vaultId(), next.get().isBefore(now) ? now : next.get());
        return true;
    }

    /**
     * Locks the code source's row and returns whether the vault still reads the remote and repository that a run
     * read. The lock orders this check with {@link #changeRemote}, which takes the same lock.
     */
    private boolean stillCurrent(CodeSource read, String repositoryName) {
        Optional<CodeSource> current = codeSources.findByIdForUpdate(read.id());
        Optional<Vault> vault = vaults.findById(read.vaultId());
        return current.isPresent() && vault.isPresent()
                && Objects.equals(current.get().remoteUrl(), read.remoteUrl())
                && Objects.equals(current.get().branch(), read.branch())
                && vault.get().repositoryName().equals(repositoryName);
    }

    /** Gives a vault a new repository name and records the old repository for deletion. */
    private void retireRepository(Vault vault, Instant now) {
        Optional<AnalysisRun> pending = pipeline.nextPendingRun(vault.id());
        if (pending.isPresent()) {
            throw new ConflictException("Vault " + vault.id() + " is still analysing version "
                    + pending.get().versionNumber() + " of its current remote. Change the remote URL when that "
                    + "analysis has finished.");
        }
        String retired = vault.repositoryName();
        if (!repositoryDeletions.existsById(retired)) {
            repositoryDeletions.save(new RepositoryDeletion(retired, vault.id(), now));
        }
        vaults.updateRepositoryName(vault.id(), VaultStorage.newRandomName());
    }

    private void resume(CodeSource source) {
        if (source.paused()) {
            codeSources.updatePausedAtAndPauseReason(source.id(), null, null);
            startSchedule(source.vaultId(), source.schedule());
            LOG.info("Vault {}: replication resumed", source.vaultId());
        }
    }

    /**
     * Decides whether a mirror run that read the code source with {@code seen} requests must run again: it clears
     * the requests it served, and returns whether any arrived after it read them.
     */
    @Transactional
    public boolean settleUpdateRequests(UUID sourceId, int seen) {
        codeSources.clearUpdateRequests(sourceId, seen);
        return codeSources.findById(sourceId).map(CodeSource::updateRequests).orElse(0) > 0;
    }

    /**
     * Puts back the mirror run of a code source whose requests no run has served, as when a request arrived just
     * after a run decided not to run again.
     *
     * @return whether a run was queued
     */
    @Transactional
    public boolean restoreRequestedMirror(CodeSource source) {
        // Read again under a lock: a run that ended after the caller's read has served the requests already.
        Optional<CodeSource> current = codeSources.findByIdForUpdate(source.id());
        return current.isPresent() && !current.get().paused() && current.get().updateRequests() > 0
                && queue.enqueue(JobKind.MIRROR, source.vaultId());
    }

    /**
     * Counts a request for a mirror run and queues one. When a run of the vault is queued or running already, the
     * count makes it run again after it ends, unless it had not read the code source yet and so serves this
     * request too.
     */
    private void queueMirror(CodeSource source) {
        UUID vaultId = source.vaultId();
        codeSources.countUpdateRequest(source.id());
        boolean queued = queue.enqueue(JobKind.MIRROR, vaultId);
        if (!queued) {
            LOG.info("Vault {}: a mirror run is queued or running; it serves this request or runs again", vaultId);
        }
        Optional<Vault> vault = vaults.findById(vaultId);
        if (queued && vault.isPresent() && IDLE.contains(vault.get().status())) {
            pipeline.changeState(vaultId, VaultStatus.QUEUED, null, null);
        }
    }

    private void startSchedule(UUID vaultId, ReplicationSchedule schedule) {
        ReplicationSchedules.nextAfter(schedule, clock.instant())
                .ifPresent(dueAt -> queue.scheduleReplication(vaultId, dueAt));
    }
}
