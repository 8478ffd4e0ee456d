package dev.codevault.backend.analysis.cost;

/**
 * Estimated cost to write the first-party code again, as a range.
 *
 * @param inputs            every input of the estimate
 * @param sourceLinesOfCode the code lines counted: programming languages only, vendored, generated, minified and
 *                          binary files excluded
 * @param low               the low end, from the expected effort times the low factor
 * @param expected          the model's own figures
 * @param high              the high end, from the expected effort times the high factor
 */
public record CostEstimate(CostInputs inputs, long sourceLinesOfCode, CostFigures low, CostFigures expected,
                           CostFigures high) {
}
