package dev.codevault.backend.jobs;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * Settings of the job queue, under {@code codevault.jobs}.
 *
 * @param workerEnabled         whether this process runs jobs; API-only nodes set it to {@code false}
 * @param threads               jobs run at once by this process
 * @param pollingInterval       how often the queue is read for due jobs
 * @param heartbeatInterval     how often a running job records in the queue that it is alive
 * @param missedHeartbeatsLimit heartbeats a job may miss before another worker takes it over; db-scheduler needs 4
 *                              or more
 * @param maxAttempts           attempts of a job before its vault shows FAILED
 * @param firstRetryDelay       the wait before the second attempt; each later wait doubles it
 * @param sweepInterval         how often work that lost its queue entry is queued again
 */
@ConfigurationProperties("codevault.jobs")
public record JobSettings(
        @Bindable(defaultValue = "true") boolean workerEnabled,
        @Bindable(defaultValue = "2") @Positive int threads,
        @Bindable(defaultValue = "2s") Duration pollingInterval,
        @Bindable(defaultValue = "10s") Duration heartbeatInterval,
        @Bindable(defaultValue = "6") @Min(4) int missedHeartbeatsLimit,
        @Bindable(defaultValue = "5") @Positive int maxAttempts,
        @Bindable(defaultValue = "10s") Duration firstRetryDelay,
        @Bindable(defaultValue = "30s") Duration sweepInterval) {
}
