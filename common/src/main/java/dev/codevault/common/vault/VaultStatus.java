package dev.codevault.common.vault;

import io.micronaut.serde.annotation.Serdeable;

/** Where a vault stands in the pipeline. */
@Serdeable
public enum VaultStatus {
    /** An archive vault that has had no upload yet. */
    EMPTY,
    /** Work is waiting in the queue. */
    QUEUED,
    /** An uploaded archive is being written into the vault's repository. */
    IMPORTING,
    /** The git source is being copied into the vault's repository. */
    MIRRORING,
    /** The analyses run on the newest version. */
    ANALYSING,
    /** The newest version is analysed; its results can be read. */
    READY,
    /** The last job failed after its retries; the reason says what to do. */
    FAILED
}
