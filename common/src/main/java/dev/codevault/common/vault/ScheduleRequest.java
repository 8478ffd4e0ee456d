package dev.codevault.common.vault;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * A new replication schedule for a git vault.
 *
 * @param schedule how often the remote is read again
 */
@Serdeable
public record ScheduleRequest(
        @NotNull(message = "Choose the schedule: MANUAL, WEEKLY or MONTHLY.") ReplicationSchedule schedule) {
}
