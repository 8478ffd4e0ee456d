package dev.codevault.backend.analysis.lang;

import java.util.List;

/**
 * What the engine measured in one file.
 *
 * @param lines               lines by kind
 * @param complexity          the file's cyclomatic complexity: the sum over its functions, or the per-file
 *                            estimate when the language has no function rules
 * @param complexityEstimated {@code true} when {@code complexity} is a per-file estimate without functions
 * @param functions           every function found, in source order; empty for estimated or non-programming files
 */
public record FileMeasure(LineCounts lines, int complexity, boolean complexityEstimated,
                          List<FunctionComplexity> functions) {

    public FileMeasure {
        functions = List.copyOf(functions);
    }
}
