package dev.codevault.backend.analysis.complexity;

import dev.codevault.backend.analysis.lang.FunctionComplexity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gathers the functions a finder closes and the decision points outside any function, and turns them into a
 * {@link ComplexityResult}. Decisions outside functions form one pseudo-function named {@value #TOP_LEVEL}, so a
 * script's branches are not lost; it appears only when there is at least one such decision.
 */
final class FunctionCollector {

    /** The name of the pseudo-function that contains the decisions outside every function. */
    static final String TOP_LEVEL = "(top level)";

    private final List<Closed> closed = new ArrayList<>();
    private int topLevelDecisions;

    private record Closed(FunctionComplexity function, int order) {
    }

    void function(String name, int startLine, int endLine, int decisions, int order) {
        closed.add(new Closed(new FunctionComplexity(name, startLine, Math.max(startLine, endLine), 1 + decisions),
                order));
    }

    void topLevel(int decisions) {
        topLevelDecisions += decisions;
    }

    ComplexityResult result(int lastLine) {
        List<FunctionComplexity> functions = new ArrayList<>();
        if (topLevelDecisions > 0) {
            functions.add(new FunctionComplexity(TOP_LEVEL, 1, Math.max(1, lastLine), 1 + topLevelDecisions));
        }
        closed.stream()
                .sorted(Comparator.comparingInt((Closed c) -> c.function().startLine()).thenComparingInt(Closed::order))
                .forEach(c -> functions.add(c.function()));
        int total = functions.stream().mapToInt(FunctionComplexity::complexity).sum();
        return new ComplexityResult(total, false, functions);
    }
}
