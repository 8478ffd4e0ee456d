package dev.codevault.backend.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.codevault.backend.auth.SignInPurge;
import dev.codevault.backend.mirror.MirrorFailure;
import dev.codevault.backend.vault.GitSourcePipeline;
import dev.codevault.backend.vault.VaultPipeline;
import dev.codevault.backend.vault.VaultRepository;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the queued jobs of this process with db-scheduler. Every worker polls the same table; a job is taken by one
 * worker at a time, a job whose worker stops sending heartbeats is taken over by another, and a failed job is tried
 * again with exponential backoff up to {@link JobSettings#maxAttempts()} attempts before its vault shows FAILED.
 */
@Singleton
@Requires(property = "codevault.jobs.worker-enabled", notEquals = "false")
class JobWorker implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);
    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final DataSource dataSource;
    private final JobSettings settings;
    private final ImportJob importJob;
    private final AnalysisJob analysisJob;
    private final MirrorJob mirrorJob;
    private final GitSourcePipeline gitPipeline;
    private final QueueSweeper sweeper;
    private final VaultPipeline pipeline;
    private final SignInPurge signInPurge;
    private final List<ExecutionInterceptor> interceptors;
    private final VaultRepository vaults;
    private volatile Scheduler scheduler;

    /**
     * Creates the worker; it starts polling when the application has started.
     *
     * @param interceptors observers of every job execution, for metrics and tests; usually none
     */
    JobWorker(DataSource dataSource, JobSettings settings, ImportJob importJob, AnalysisJob analysisJob,
              MirrorJob mirrorJob, GitSourcePipeline gitPipeline, QueueSweeper sweeper, VaultPipeline pipeline,
              SignInPurge signInPurge, VaultRepository vaults, List<ExecutionInterceptor> interceptors) {
        this.dataSource = dataSource;
        this.vaults = vaults;
        this.settings = settings;
        this.importJob = importJob;
        this.analysisJob = analysisJob;
        this.mirrorJob = mirrorJob;
        this.gitPipeline = gitPipeline;
        this.sweeper = sweeper;
        this.pipeline = pipeline;
        this.signInPurge = signInPurge;
        this.interceptors = interceptors;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        RecurringTask<Void> sweep = Tasks.recurring("sweep-queue", FixedDelay.of(settings.sweepInterval()))
                .execute((instance, context) -> sweeper.sweep());
        RecurringTask<Void> purge = Tasks.recurring("purge-sign-ins", FixedDelay.of(PURGE_INTERVAL))
                .execute((instance, context) -> signInPurge.purge());
        List<Task<?>> jobs = List.of(
                jobTask(JobKind.IMPORT, importJob::run),
                jobTask(JobKind.ANALYSE, analysisJob::run),
                mirrorTask(),
                replicationTask());

        // The pool itself: the scheduler manages its own transactions, outside those of the application.
        SchedulerBuilder builder = Scheduler.create(DelegatingDataSource.unwrapDataSource(dataSource), jobs);
        interceptors.forEach(builder::addExecutionInterceptor);
        scheduler = builder
                .startTasks(sweep, purge)
                .schedulerName(new SchedulerName.Fixed("codevault-" + UUID.randomUUID().toString().substring(0, 8)))
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeatsLimit())
                .alwaysPersistTimestampInUTC()
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        scheduler.start();
        LOG.info("Job worker started with {} threads", settings.threads());
    }

    /** Stops taking jobs and waits briefly for running ones; an unfinished job is taken over later. */
    @PreDestroy
    void stop() {
        Scheduler running = scheduler;
        if (running != null) {
            running.stop();
            LOG.info("Job worker stopped");
        }
    }

    private Task<Void> jobTask(JobKind kind, Consumer<UUID> job) {
        return Tasks.oneTime(kind.taskName())
                .onFailure(failureHandler(kind))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    UUID vaultId = UUID.fromString(instance.getId());
                    stopQuietlyIfVaultDeleted(kind, vaultId, () -> {
                        job.accept(vaultId);
                        return null;
                    });
                });
    }

    /**
     * Runs a job and ends it without a retry when it failed because its vault was deleted meanwhile: its files are
     * gone or going, and the queue sweeper deletes what the job wrote after the deletion.
     */
    private <T> T stopQuietlyIfVaultDeleted(JobKind kind, UUID vaultId, Supplier<T> job) {
        try {
            return job.get();
        } catch (RuntimeException e) {
            if (vaults.existsById(vaultId)) {
                throw e;
            }
            LOG.info("Vault {}: deleted while its {} job ran, so the job stopped ({})", vaultId, kind.taskName(),
                    e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * Creates the mirror job's task, which works like the other jobs except for one case. A run that was requested
     * again while it ran keeps its row and is due again at once. That row blocks a new one, so the request would
     * be lost otherwise.
     */
    private Task<Void> mirrorTask() {
        return Tasks.custom(JobKind.MIRROR.taskName(), Void.class)
                .onFailure(failureHandler(JobKind.MIRROR))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    UUID vaultId = UUID.fromString(instance.getId());
                    Boolean again = stopQuietlyIfVaultDeleted(JobKind.MIRROR, vaultId, () -> mirrorJob.run(vaultId));
                    if (Boolean.TRUE.equals(again)) {
                        return (complete, operations) -> operations.reschedule(complete, Instant.now());
                    }
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }

    /**
     * The per-vault replication schedule: when due, it queues a mirror run and moves its own row to the next due
     * time, so the schedule lives in the queue table and survives restarts.
     */
    private Task<Void> replicationTask() {
        return Tasks.custom(JobKind.REPLICATION.taskName(), Void.class)
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    Optional<Instant> next = gitPipeline.fireSchedule(UUID.fromString(instance.getId()));
                    return (complete, operations) -> next.ifPresentOrElse(
                            dueAt -> operations.reschedule(complete, dueAt), operations::remove);
                });
    }

    private FailureHandler<Void> failureHandler(JobKind kind) {
        FailureHandler<Void> retryWithBackoff = new FailureHandler.ExponentialBackoffFailureHandler<>(
                settings.firstRetryDelay());
        FailureHandler<Void> noteThenRetry = (complete, operations) -> {
            noteRetry(kind, complete);
            retryWithBackoff.onFailure(complete, operations);
        };
        return new FailureHandler.MaxRetriesFailureHandler<>(settings.maxAttempts() - 1, noteThenRetry,
                (complete, operations) -> giveUp(kind, complete));
    }

    private void noteRetry(JobKind kind, ExecutionComplete complete) {
        UUID vaultId = vaultOf(complete);
        int attempt = complete.getExecution().consecutiveFailures + 1;
        String cause = complete.getCause().map(FailureReasons::describe).orElse("an unknown error");
        LOG.warn("Vault {}: {} attempt {} of {} failed", vaultId, kind.taskName(), attempt, settings.maxAttempts(),
                complete.getCause().orElse(null));
        if (kind == JobKind.MIRROR) {
            pipeline.noteRetry(vaultId, "Attempt " + attempt + " of " + settings.maxAttempts() + " to read the remote "
                    + "failed. " + mirrorMessage(complete) + " CodeVault tries again shortly.");
            return;
        }
        pipeline.noteRetry(vaultId, "Attempt " + attempt + " of " + settings.maxAttempts() + " failed with " + cause
                + "; CodeVault tries again shortly.");
    }

    /**
     * Marks the vault as failed, and pauses the schedule of a git vault; the retry handler has already removed the
     * job from the queue.
     */
    private void giveUp(JobKind kind, ExecutionComplete complete) {
        UUID vaultId = vaultOf(complete);
        String cause = complete.getCause().map(FailureReasons::describe).orElse("an unknown error");
        LOG.error("Vault {}: {} failed {} times; giving up", vaultId, kind.taskName(), settings.maxAttempts(),
                complete.getCause().orElse(null));
        if (kind == JobKind.MIRROR) {
            gitPipeline.failMirror(vaultId, mirrorMessage(complete) + " Replication is paused after "
                    + settings.maxAttempts() + " failed attempts; press Update code to try again.", true);
        } else if (kind == JobKind.IMPORT) {
            pipeline.failImport(vaultId, "Importing the uploaded archive failed with " + cause + ". Upload the "
                    + "archive again; if it fails again, ask your administrator to check the server log for vault "
                    + vaultId + ".");
        } else {
            pipeline.failAnalysis(vaultId, "Analysing the newest version failed with " + cause + ". Ask your "
                    + "administrator to check the server log for vault " + vaultId + "; a new upload starts a new "
                    + "analysis.");
        }
    }

    /** Returns the message of a mirror failure, written to be shown, or a generic one for other exceptions. */
    private static String mirrorMessage(ExecutionComplete complete) {
        return complete.getCause()
                .filter(MirrorFailure.class::isInstance)
                .map(Throwable::getMessage)
                .orElseGet(() -> "Mirroring failed with " + complete.getCause().map(FailureReasons::describe)
                        .orElse("an unknown error") + ".");
    }

    private static UUID vaultOf(ExecutionComplete complete) {
        return UUID.fromString(complete.getExecution().taskInstance.getId());
    }
}
