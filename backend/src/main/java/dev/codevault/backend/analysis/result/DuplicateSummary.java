package dev.codevault.backend.analysis.result;

/**
 * Files whose content (by MD5) equals that of an earlier file; the first copy is not a duplicate, and empty
 * files are never duplicates.
 *
 * @param files the duplicate copies
 * @param bytes their bytes
 */
public record DuplicateSummary(long files, long bytes) {
}
