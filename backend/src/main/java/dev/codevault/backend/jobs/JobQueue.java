package dev.codevault.backend.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Puts jobs in the durable queue. It writes through the transaction-aware data source, so a job queued inside a
 * transaction is committed or rolled back with the change that caused it. A job's only payload is the vault id,
 * and at most one job of a kind waits per vault.
 */
@Singleton
public class JobQueue {

    private final SchedulerClient client;
    private final Clock clock;

    JobQueue(DataSource transactionAwareDataSource, Clock clock) {
        // An explicit dialect: detecting one would open a connection here, outside any transaction. Plain SQL is
        // enough to add and cancel jobs; the worker detects the database's own dialect for polling.
        this.client = SchedulerClient.Builder.create(transactionAwareDataSource)
                .jdbcCustomization(new DefaultJdbcCustomization(true))
                .build();
        this.clock = clock;
    }

    /**
     * Queues a job for a vault to run now, unless one of that kind is already queued or running; call it inside a
     * transaction.
     *
     * @return whether a new job was queued
     */
    public boolean enqueue(JobKind kind, UUID vaultId) {
        return client.scheduleIfNotExists(instance(kind, vaultId), clock.instant());
    }

    /**
     * Sets when a vault's replication schedule reads the remote next, replacing an earlier due time; call it inside
     * a transaction.
     */
    public void scheduleReplication(UUID vaultId, Instant dueAt) {
        TaskInstanceId id = TaskInstanceId.of(JobKind.REPLICATION.taskName(), vaultId.toString());
        if (client.getScheduledExecution(id).isPresent()) {
            client.reschedule(id, dueAt);
        } else {
            client.schedule(instance(JobKind.REPLICATION, vaultId), dueAt);
        }
    }

    /** Stops a vault's replication schedule, unless it is running right now; call it inside a transaction. */
    public void cancelReplication(UUID vaultId) {
        client.getScheduledExecution(TaskInstanceId.of(JobKind.REPLICATION.taskName(), vaultId.toString()))
                .filter(execution -> !execution.isPicked())
                .ifPresent(execution -> client.cancel(execution.getTaskInstance()));
    }

    /** Returns when a vault's replication schedule is due next, if it has one. */
    @Transactional
    public Optional<Instant> replicationDueAt(UUID vaultId) {
        return client.getScheduledExecution(TaskInstanceId.of(JobKind.REPLICATION.taskName(), vaultId.toString()))
                .map(execution -> execution.getExecutionTime());
    }

    /**
     * Returns whether a job that writes into or reads from a vault's repository (an import, mirror run or analysis)
     * is queued or running. The replication schedule only queues mirror runs, so it does not count.
     */
    @Transactional
    public boolean hasRepositoryJobs(UUID vaultId) {
        return Arrays.stream(JobKind.values()).filter(kind -> kind != JobKind.REPLICATION)
                .anyMatch(kind -> client.getScheduledExecution(
                        TaskInstanceId.of(kind.taskName(), vaultId.toString())).isPresent());
    }

    /**
     * Removes every waiting job of a vault; a job that already runs finds its vault gone and stops. Call it inside
     * a transaction.
     */
    public void cancelAll(UUID vaultId) {
        for (JobKind kind : JobKind.values()) {
            client.getScheduledExecution(TaskInstanceId.of(kind.taskName(), vaultId.toString()))
                    .filter(execution -> !execution.isPicked())
                    .ifPresent(execution -> client.cancel(execution.getTaskInstance()));
        }
    }

    private static TaskInstance<Void> instance(JobKind kind, UUID vaultId) {
        return new TaskInstance<>(kind.taskName(), vaultId.toString());
    }
}
