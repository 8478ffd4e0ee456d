package dev.codevault.common.report;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Files of one category: first-party source and documentation count in the language totals; vendored, generated,
 * minified, binary, oversized and unrecognised files are reported apart.
 *
 * @param category          the category name, for example {@code VENDORED}
 * @param countsInLanguages whether these files are part of the language totals
 * @param files             files
 * @param bytes             bytes
 * @param lines             lines by kind of the files in a known language
 */
@Serdeable
public record CategoryStats(String category, boolean countsInLanguages, long files, long bytes, LineStats lines) {
}
