package dev.codevault.common.report;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Totals of one analysed version.
 *
 * @param files      files counted in the language totals: first-party source and documentation
 * @param bytes      their bytes
 * @param lines      their lines by kind
 * @param complexity the sum of their cyclomatic complexity
 * @param treeFiles  every file of the version, including those reported apart
 * @param treeBytes  the bytes of every file of the version
 */
@Serdeable
public record ReportTotals(long files, long bytes, LineStats lines, long complexity, long treeFiles,
                           long treeBytes) {
}
