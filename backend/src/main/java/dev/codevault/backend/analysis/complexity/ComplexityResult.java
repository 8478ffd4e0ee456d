package dev.codevault.backend.analysis.complexity;

import dev.codevault.backend.analysis.lang.FunctionComplexity;

import java.util.List;

/**
 * Cyclomatic complexity of one file.
 *
 * @param total     the sum over the functions, or the estimate
 * @param estimated {@code true} when {@code total} is a per-file estimate without functions
 * @param functions the functions in source order
 */
public record ComplexityResult(int total, boolean estimated, List<FunctionComplexity> functions) {

    /** The result for files that have no complexity, such as data and markup. */
    public static final ComplexityResult NONE = new ComplexityResult(0, false, List.of());

    public ComplexityResult {
        functions = List.copyOf(functions);
    }
}
