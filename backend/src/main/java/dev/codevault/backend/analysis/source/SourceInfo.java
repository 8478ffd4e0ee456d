package dev.codevault.backend.analysis.source;

/**
 * What was analysed, without anything that locates it on disk.
 *
 * @param kind     the kind of tree
 * @param revision the full commit id for a git commit, empty for folders and archives
 */
public record SourceInfo(SourceKind kind, String revision) {
}
