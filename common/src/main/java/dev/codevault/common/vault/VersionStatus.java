package dev.codevault.common.vault;

import io.micronaut.serde.annotation.Serdeable;

/** Where one analysed version stands. */
@Serdeable
public enum VersionStatus {
    /** Waiting for the analyses. */
    QUEUED,
    /** The analyses run. */
    ANALYSING,
    /** The results can be read. */
    READY,
    /** The analyses failed after their retries. */
    FAILED
}
