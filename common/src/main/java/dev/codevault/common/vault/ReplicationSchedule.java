package dev.codevault.common.vault;

import io.micronaut.serde.annotation.Serdeable;

/** How often a git vault reads its remote again on its own; "Update code" works with every schedule. */
@Serdeable
public enum ReplicationSchedule {
    /** Only when someone presses "Update code". */
    MANUAL,
    /** Seven days after the previous scheduled run. */
    WEEKLY,
    /** One calendar month after the previous scheduled run. */
    MONTHLY
}
