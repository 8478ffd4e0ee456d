package dev.codevault.common.report;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Files of one extension, every file of the version included.
 *
 * @param extension      the extension in lower case without the dot, or an empty string for names without one
 * @param files          files
 * @param bytes          bytes
 * @param duplicateFiles files whose content equals that of another file; counted in {@code files} too
 * @param duplicateBytes the bytes of those duplicates
 */
@Serdeable
public record FileTypeStats(String extension, long files, long bytes, long duplicateFiles, long duplicateBytes) {
}
