package dev.codevault.common.report;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * How one version differs from another: each figure is the value in {@code to} minus the value in {@code from}.
 *
 * @param from       the older version number
 * @param to         the newer version number
 * @param totals     the differences in the totals
 * @param languages  per language present in either version, largest change in code lines first
 * @param complexity per complexity band
 */
@Serdeable
public record VersionComparison(int from, int to, TotalsChange totals, List<LanguageChange> languages,
                                List<BandChange> complexity) {

    /**
     * Differences in the totals.
     *
     * @param files      counted files
     * @param code       code lines
     * @param comment    comment lines
     * @param blank      blank lines
     * @param complexity the sum of cyclomatic complexity
     * @param treeFiles  every file
     * @param functions  functions found
     */
    @Serdeable
    public record TotalsChange(long files, long code, long comment, long blank, long complexity, long treeFiles,
                               long functions) {
    }

    /**
     * Differences for one language.
     *
     * @param name       the language
     * @param files      files
     * @param code       code lines
     * @param complexity the sum of cyclomatic complexity
     * @param added      whether the language is new in {@code to}
     * @param removed    whether the language is gone from {@code to}
     */
    @Serdeable
    public record LanguageChange(String name, long files, long code, long complexity, boolean added,
                                 boolean removed) {
    }

    /**
     * Difference in the functions of one complexity band.
     *
     * @param label     the band
     * @param functions functions
     */
    @Serdeable
    public record BandChange(String label, long functions) {
    }
}
