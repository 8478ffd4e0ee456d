package dev.codevault.common.vault;

import io.micronaut.serde.annotation.Serdeable;

/** Result of the last read of a git vault's remote. */
@Serdeable
public enum FetchOutcome {
    /** The branch had a new commit; a new version was queued for analysis. */
    NEW_COMMIT,
    /** The branch was where the last version left it; nothing was queued. */
    NO_NEW_COMMIT,
    /** The read failed; the vault's state gives the reason. */
    FAILED
}
