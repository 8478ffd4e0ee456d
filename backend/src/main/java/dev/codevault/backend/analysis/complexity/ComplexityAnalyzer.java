package dev.codevault.backend.analysis.complexity;

import java.util.List;

/**
 * Computes the cyclomatic complexity of masked code: per function where the language has function rules,
 * otherwise one per-file estimate of 1 plus each decision point. Stateless.
 */
public final class ComplexityAnalyzer {

    private ComplexityAnalyzer() {
    }

    /**
     * Analyses code whose comments and strings are masked out.
     *
     * @param rules the language's complexity rules
     * @param code  masked code, as the line counter produces it
     */
    public static ComplexityResult analyze(ComplexityRules rules, byte[] code) {
        CodeTokens tokens = CodeTokens.of(code);
        Decisions decisions = new Decisions(rules);
        return switch (rules.functions()) {
            case NONE -> estimate(tokens, decisions);
            case BRACES -> new BraceFunctionFinder(rules, tokens, decisions).find();
            case INDENTATION -> new IndentFunctionFinder(tokens, decisions).find();
            case END_KEYWORD -> new EndKeywordFunctionFinder(tokens, decisions).find();
        };
    }

    private static ComplexityResult estimate(CodeTokens tokens, Decisions decisions) {
        int total = 1;
        for (int index = 0; index < tokens.size(); index++) {
            total += decisions.at(tokens, index);
        }
        return new ComplexityResult(total, true, List.of());
    }
}
