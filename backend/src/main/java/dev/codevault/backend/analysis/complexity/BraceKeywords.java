package dev.codevault.backend.analysis.complexity;

/**
 * The keyword tables of one language that {@link BraceFunctionFinder} reads to classify the header before a brace.
 * Immutable and safe to share between threads.
 */
final class BraceKeywords {

    final TokenSet functionKeywords;
    final TokenSet classKeywords;
    final TokenSet controlKeywords;
    final TokenSet matchKeywords;

    BraceKeywords(ComplexityRules rules) {
        this.functionKeywords = new TokenSet(rules.functionKeywords());
        this.classKeywords = new TokenSet(rules.classKeywords());
        this.controlKeywords = new TokenSet(rules.controlKeywords());
        this.matchKeywords = new TokenSet(rules.matchKeywords());
    }
}
