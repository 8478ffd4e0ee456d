package dev.codevault.backend.vault;

import dev.codevault.common.vault.ReplicationSchedule;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** Computes when a replication schedule is due next. */
final class ReplicationSchedules {

    private ReplicationSchedules() {
    }

    /** Returns the next due time after the given moment, or nothing for a manual schedule. */
    static Optional<Instant> nextAfter(ReplicationSchedule schedule, Instant moment) {
        return switch (schedule) {
            case MANUAL -> Optional.empty();
            case WEEKLY -> Optional.of(moment.atZone(ZoneOffset.UTC).plusWeeks(1).toInstant());
            case MONTHLY -> Optional.of(moment.atZone(ZoneOffset.UTC).plusMonths(1).toInstant());
        };
    }
}
