package dev.codevault.backend.analysis.result;

/**
 * Everything one analysis found, split by what it reveals.
 *
 * @param summary aggregates that reveal no path or name: safe to store in plain tables
 * @param detail  per-file numbers and function names with their files: reveals the tree's structure, so it is stored
 *                sealed with the vault's data key
 */
public record AnalysisResult(AnalysisSummary summary, AnalysisDetail detail) {
}
