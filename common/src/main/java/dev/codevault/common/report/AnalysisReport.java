package dev.codevault.common.report;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * The aggregates of one analysed version: numbers that reveal no path, file name or function name.
 *
 * @param version        the version number
 * @param commitId       the analysed commit of the vault's repository
 * @param analysedAt     when the analysis finished
 * @param totals         totals of the counted files and of the whole version
 * @param languages      per language, counted files only, most code first
 * @param categories     per category, every file
 * @param fileTypes      per extension, every file, most bytes first
 * @param duplicateFiles files whose content equals that of another file
 * @param duplicateBytes their bytes
 * @param complexity     functions by complexity band
 * @param cost           the estimated cost to write the first-party code again
 */
@Serdeable
public record AnalysisReport(int version, String commitId, Instant analysedAt, ReportTotals totals,
                             List<LanguageStats> languages, List<CategoryStats> categories,
                             List<FileTypeStats> fileTypes, long duplicateFiles, long duplicateBytes,
                             ComplexityStats complexity, CostStats cost) {
}
