package dev.codevault.backend.analysis.source;

/** Kind of tree an analysis reads. */
public enum SourceKind {
    DIRECTORY,
    GIT_COMMIT,
    ARCHIVE
}
