package dev.codevault.backend.analysis.result;

/**
 * Files of one extension, in every category.
 *
 * @param extension      the extension in lower case without the dot, or an empty string for names without one
 * @param files          files
 * @param bytes          bytes
 * @param duplicateFiles files whose content equals that of an earlier file of the tree; counted in {@code files} too
 * @param duplicateBytes the bytes of those duplicates
 */
public record FileTypeSummary(String extension, long files, long bytes, long duplicateFiles, long duplicateBytes) {
}
