package dev.codevault.backend.analysis.result;

import dev.codevault.backend.analysis.cost.CostEstimate;
import dev.codevault.backend.analysis.source.SourceInfo;
import java.util.List;

/**
 * The aggregates of one analysis. Nothing here names a file or a folder.
 *
 * @param source         what was analysed: the kind of tree and the commit id, if any
 * @param totals         the files counted in the language totals, and the whole tree
 * @param languages      per language, counted files only, most code first
 * @param categories     per category, every file, in the order of the {@code FileCategory} constants
 * @param fileTypes      per extension, every file, most bytes first
 * @param duplicates     files whose content equals that of an earlier file
 * @param complexity     functions of counted programming files by complexity band
 * @param cost           estimated cost to write the first-party code again
 * @param durationMillis how long the analysis took, in milliseconds
 */
public record AnalysisSummary(SourceInfo source, Totals totals, List<LanguageSummary> languages,
                              List<CategorySummary> categories, List<FileTypeSummary> fileTypes,
                              DuplicateSummary duplicates, ComplexitySummary complexity, CostEstimate cost,
                              long durationMillis) {

    public AnalysisSummary {
        languages = List.copyOf(languages);
        categories = List.copyOf(categories);
        fileTypes = List.copyOf(fileTypes);
    }
}
