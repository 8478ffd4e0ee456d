package dev.codevault.backend.analysis.result;

import dev.codevault.backend.analysis.classify.FileCategory;
import dev.codevault.backend.analysis.lang.LineCounts;

/**
 * Sums over the files of one category.
 *
 * @param category          the category
 * @param countsInLanguages whether these files are part of the language totals
 * @param files             files
 * @param bytes             bytes
 * @param lines             lines by kind of the files in a known language; zero for binary, oversized and
 *                          unrecognised files, which are not measured
 */
public record CategorySummary(FileCategory category, boolean countsInLanguages, long files, long bytes,
                              LineCounts lines) {
}
