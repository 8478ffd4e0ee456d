package dev.codevault.backend.analysis.complexity;

/**
 * Decides whether one token is a decision point under a language's {@link ComplexityRules}: a decision keyword,
 * a decision operator or a ternary {@code ?}. Match arms are counted by the function finders, which know the blocks.
 */
final class Decisions {

    private static final TokenSet NOT_AFTER_TERNARY = TokenSet.of(".", "?", ":", ">", ",", ")", "]", ";", "=", "}");
    private static final TokenSet NOT_BEFORE_TERNARY = TokenSet.of("<", ",", "(", "[", "{", "=");
    private static final TokenSet CLOSURE_OPENERS = TokenSet.of("(", ",", "=", "{", ";", "move", "return");

    private final ComplexityRules rules;
    private final TokenSet keywords;
    private final TokenSet operators;

    Decisions(ComplexityRules rules) {
        this.rules = rules;
        this.keywords = new TokenSet(rules.decisionKeywords());
        this.operators = new TokenSet(rules.decisionOperators());
    }

    /** Returns whether the token at {@code index} is one of the language's decision operators. */
    boolean isOperator(CodeTokens tokens, int index) {
        return operators.contains(tokens, index);
    }

    /** Returns 1 when the token at {@code index} adds a path, otherwise 0. */
    int at(CodeTokens tokens, int index) {
        byte type = tokens.type(index);
        if (type == CodeTokens.NUMBER) {
            return 0;
        }
        if (type == CodeTokens.WORD) {
            return keywords.contains(tokens, index) && isKeywordUse(tokens, index) ? 1 : 0;
        }
        if (operators.contains(tokens, index)) {
            return isOperatorUse(tokens, index) ? 1 : 0;
        }
        if (rules.ternary() && tokens.is(index, '?')) {
            return isTernary(tokens, index) ? 1 : 0;
        }
        return 0;
    }

    private static boolean isKeywordUse(CodeTokens tokens, int index) {
        if (tokens.is(index - 1, '#') || tokens.is(index - 1, '.') || tokens.is(index - 1, "::")) {
            return false;
        }
        if (tokens.is(index, "case")) {
            return !tokens.is(index + 1, "class") && !tokens.is(index + 1, "object") && !isDefaultCase(tokens, index);
        }
        return true;
    }

    private static boolean isDefaultCase(CodeTokens tokens, int index) {
        return tokens.is(index + 1, '_') && (tokens.is(index + 2, "=>") || tokens.is(index + 2, ':'));
    }

    private static boolean isOperatorUse(CodeTokens tokens, int index) {
        if (!tokens.is(index, "||")) {
            return true;
        }
        return index == 0 || !isClosureStart(tokens, index - 1);
    }

    private static boolean isClosureStart(CodeTokens tokens, int previous) {
        return CLOSURE_OPENERS.contains(tokens, previous);
    }

    private static boolean isTernary(CodeTokens tokens, int index) {
        if (index == 0 || index + 1 >= tokens.size()) {
            return false;
        }
        if (NOT_AFTER_TERNARY.contains(tokens, index + 1) || NOT_BEFORE_TERNARY.contains(tokens, index - 1)) {
            return false;
        }
        boolean spaceBefore = tokens.spaceBefore(index);
        boolean spaceAfter = tokens.spaceAfter(index);
        if (spaceBefore && spaceAfter) {
            return true;
        }
        return !spaceBefore && !spaceAfter && colonFollowsOnLine(tokens, index);
    }

    private static boolean colonFollowsOnLine(CodeTokens tokens, int index) {
        int line = tokens.line(index);
        for (int k = index + 1; k < tokens.size() && tokens.line(k) == line; k++) {
            if (tokens.is(k, ':')) {
                return true;
            }
        }
        return false;
    }
}
