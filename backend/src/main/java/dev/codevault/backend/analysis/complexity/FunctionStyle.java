package dev.codevault.backend.analysis.complexity;

/** How the complexity analysis finds the functions of a language. */
public enum FunctionStyle {
    /** No function rules: the file gets one estimated complexity from its decision points. */
    NONE,
    /** Functions have brace bodies; headers are found by a function keyword or, without one, by C-style shape. */
    BRACES,
    /** Python: {@code def} and {@code class} bodies are the lines indented deeper than the header. */
    INDENTATION,
    /** Ruby: {@code def}, {@code class}, {@code module} and block keywords close with {@code end}. */
    END_KEYWORD
}
