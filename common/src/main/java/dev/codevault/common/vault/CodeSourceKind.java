package dev.codevault.common.vault;

import io.micronaut.serde.annotation.Serdeable;

/** Where a vault's code comes from. */
@Serdeable
public enum CodeSourceKind {
    /** Archives uploaded by people; each upload is a version. */
    ARCHIVE,
    /** A git repository mirrored from a remote server. */
    GIT
}
