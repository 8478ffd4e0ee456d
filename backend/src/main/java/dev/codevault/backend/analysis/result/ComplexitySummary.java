package dev.codevault.backend.analysis.result;

import java.util.List;

/**
 * Functions of the counted programming files by cyclomatic complexity.
 *
 * @param functions      every function found
 * @param estimatedFiles counted programming files whose language has no function rules, so their complexity is a
 *                       per-file estimate and they have no functions in the bands
 * @param bands          the functions per band, lowest band first
 */
public record ComplexitySummary(long functions, long estimatedFiles, List<ComplexityBand> bands) {

    public ComplexitySummary {
        bands = List.copyOf(bands);
    }
}
