package dev.codevault.backend.analysis.complexity;

import java.util.List;

/**
 * Complexity rules of one language: how to find functions and which tokens are decision points. Lists are never
 * {@code null}.
 *
 * @param functions         how functions are found
 * @param functionKeywords  keywords that start a function header, such as {@code fn} or {@code func}; empty for
 *                          C-style headers ({@code type name(parameters) {})
 * @param cStyleHeaders     {@code true} when {@code name(parameters) {} outside a function declares a function,
 *                          as in C, Java and JavaScript class bodies
 * @param classKeywords     keywords that start a type whose name qualifies the functions inside it
 * @param controlKeywords   keywords followed by a parenthesised header and a block that is not a function, such as
 *                          {@code if}, {@code catch} or {@code synchronized}
 * @param decisionKeywords  keywords that add one each, such as {@code if}, {@code for}, {@code case}, {@code catch}
 * @param decisionOperators operators that add one each, such as {@code &&} and {@code ||}
 * @param ternary           {@code true} when {@code ?} followed later by {@code :} is a conditional expression
 * @param matchKeywords     keywords whose brace block holds arms that add one each, such as Rust's {@code match}
 *                          or Kotlin's {@code when}
 * @param matchArrow        the arrow that ends each arm of such a block, such as {@code =>} or {@code ->}
 */
public record ComplexityRules(FunctionStyle functions, List<String> functionKeywords, boolean cStyleHeaders,
                              List<String> classKeywords,
                              List<String> controlKeywords, List<String> decisionKeywords,
                              List<String> decisionOperators, boolean ternary, List<String> matchKeywords,
                              String matchArrow) {

    public ComplexityRules {
        functions = functions == null ? FunctionStyle.NONE : functions;
        functionKeywords = copy(functionKeywords);
        classKeywords = copy(classKeywords);
        controlKeywords = copy(controlKeywords);
        decisionKeywords = copy(decisionKeywords);
        decisionOperators = copy(decisionOperators);
        matchKeywords = copy(matchKeywords);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
