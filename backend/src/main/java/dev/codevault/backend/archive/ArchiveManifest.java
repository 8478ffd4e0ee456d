package dev.codevault.backend.archive;

import dev.codevault.backend.analysis.source.ArchiveFormat;

/**
 * What an inspected archive holds, once it passed every check.
 *
 * @param format        the archive format, from its content
 * @param files         regular files in the archive
 * @param totalBytes    the bytes the files expand to
 * @param strippedPrefix the single top-level folder removed from every path, with its trailing slash, or an empty
 *                      string when the archive has files at its root or several top-level folders
 */
public record ArchiveManifest(ArchiveFormat format, long files, long totalBytes, String strippedPrefix) {
}
