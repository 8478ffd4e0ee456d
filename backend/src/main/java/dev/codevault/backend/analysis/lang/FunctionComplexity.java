package dev.codevault.backend.analysis.lang;

/**
 * Cyclomatic complexity of one function or method.
 *
 * @param name       the function name as written, qualified by its class where the language nests them
 * @param startLine  the first line of the function, counted from 1
 * @param endLine    the last line of the function
 * @param complexity 1 plus each decision point the counting convention names
 */
public record FunctionComplexity(String name, int startLine, int endLine, int complexity) {
}
