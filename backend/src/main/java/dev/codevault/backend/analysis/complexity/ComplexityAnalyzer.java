package dev.codevault.backend.analysis.complexity;

import java.util.List;

/**
 * Computes the cyclomatic complexity of masked code: per function where the language has function rules,
 * otherwise one per-file estimate of 1 plus each decision point. Built once per language from its
 * {@link ComplexityRules}, so the keyword tables are not rebuilt for every file; immutable and safe to share
 * between threads.
 */
public final class ComplexityAnalyzer {

    private final ComplexityRules rules;
    private final Decisions decisions;
    private final BraceKeywords braceKeywords;

    private ComplexityAnalyzer(ComplexityRules rules) {
        this.rules = rules;
        this.decisions = new Decisions(rules);
        this.braceKeywords = new BraceKeywords(rules);
    }

    /** Prepares the analyzer of one language's rules. */
    public static ComplexityAnalyzer of(ComplexityRules rules) {
        return new ComplexityAnalyzer(rules);
    }

    /**
     * Analyses code whose comments and strings are masked out.
     *
     * @param code masked code, as the line counter produces it
     */
    public ComplexityResult analyze(byte[] code) {
        CodeTokens tokens = CodeTokens.of(code);
        return switch (rules.functions()) {
            case NONE -> estimate(tokens);
            case BRACES -> new BraceFunctionFinder(rules, braceKeywords, tokens, decisions).find();
            case INDENTATION -> new IndentFunctionFinder(tokens, decisions).find();
            case END_KEYWORD -> new EndKeywordFunctionFinder(tokens, decisions).find();
        };
    }

    private ComplexityResult estimate(CodeTokens tokens) {
        int total = 1;
        for (int index = 0; index < tokens.size(); index++) {
            total += decisions.at(tokens, index);
        }
        return new ComplexityResult(total, true, List.of());
    }
}
