package dev.codevault.backend.analysis.count;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link SyntaxRules} turned into byte tables for the lexer: a class per byte and the markers that may start at
 * each byte. Immutable and safe to share between threads.
 */
public final class CompiledSyntax {

    static final byte OTHER = 0;
    static final byte SPACE = 1;
    static final byte LINE_FEED = 2;
    static final byte CARRIAGE_RETURN = 3;
    static final byte MARKER = 4;

    final SyntaxRules rules;
    final byte[] byteClass = new byte[256];
    final Token[][] tokens = new Token[256][];
    final BlockCommentRule[] blockRules;
    final byte[][] blockOpen;
    final byte[][] blockClose;
    final StringRule[] stringRules;
    final byte[][] stringClose;
    final byte[] stringEscape;
    final byte[][] stringInterpolation;
    final boolean tracksBrackets;

    private CompiledSyntax(SyntaxRules rules) {
        this.rules = rules;
        this.blockRules = rules.blockComments().toArray(new BlockCommentRule[0]);
        this.blockOpen = new byte[blockRules.length][];
        this.blockClose = new byte[blockRules.length][];
        this.stringRules = rules.strings().toArray(new StringRule[0]);
        this.stringClose = new byte[stringRules.length][];
        this.stringEscape = new byte[stringRules.length];
        this.stringInterpolation = new byte[stringRules.length][];
        this.tracksBrackets = rules.docstrings() || rules.strings().stream().anyMatch(s -> s.interpolation() != null);
    }

    /** Compiles the rules; throws {@link IllegalArgumentException} naming the first incomplete rule. */
    public static CompiledSyntax compile(SyntaxRules rules) {
        CompiledSyntax syntax = new CompiledSyntax(rules);
        List<Token> all = new ArrayList<>();
        syntax.collectCommentTokens(all);
        syntax.collectStringTokens(all);
        syntax.collectOtherTokens(all);
        syntax.buildTables(all);
        return syntax;
    }

    /** Returns the rules this syntax was compiled from. */
    public SyntaxRules rules() {
        return rules;
    }

    private void collectCommentTokens(List<Token> all) {
        rules.lineComments().forEach(marker -> all.add(token(marker, Token.LINE_COMMENT, -1, false)));
        rules.wordComments().forEach(marker -> all.add(token(marker, Token.WORD_COMMENT, -1, false)));
        rules.lineStartComments().forEach(marker -> all.add(token(marker, Token.LINE_START_COMMENT, -1, true)));
        rules.columnOneComments().forEach(marker -> all.add(token(marker, Token.COLUMN_ONE_COMMENT, -1, false)));
        for (int index = 0; index < blockRules.length; index++) {
            BlockCommentRule rule = blockRules[index];
            blockOpen[index] = bytes(required(rule.open(), "block comment open"));
            blockClose[index] = bytes(required(rule.close(), "block comment close of " + rule.open()));
            all.add(new Token(blockOpen[index], Token.BLOCK_COMMENT, index, false));
        }
    }

    private void collectStringTokens(List<Token> all) {
        for (int index = 0; index < stringRules.length; index++) {
            StringRule rule = stringRules[index];
            String open = required(rule.open(), "string open");
            stringClose[index] = bytes(required(rule.close(), "string close of " + open));
            stringEscape[index] = rule.escape() == null ? 0 : single(rule.escape(), "escape of string " + open);
            stringInterpolation[index] = rule.interpolation() == null ? null : bytes(rule.interpolation());
            addStringToken(all, open, index, rule);
            for (String prefix : rule.prefixes()) {
                for (String cased : caseVariants(prefix)) {
                    addStringToken(all, cased + open, index, rule);
                }
            }
        }
    }

    /**
     * Adds a string opener. Leading letters and digits, such as Python's {@code rb} or C++'s {@code u8R}, become a
     * prefix that the token checks behind its first other byte, so that letters stay plain code bytes in the hot
     * loop. A Rust-style raw opener made only of letters is keyed on {@code #} and on its quote.
     */
    private void addStringToken(List<Token> all, String open, int index, StringRule rule) {
        int split = 0;
        while (split < open.length() && Character.isLetterOrDigit(open.charAt(split))) {
            split++;
        }
        byte[] prefix = bytes(open.substring(0, split));
        if (split < open.length()) {
            all.add(new Token(prefix, bytes(open.substring(split)), Token.STRING, index, false));
        } else {
            all.add(new Token(prefix, bytes("#"), Token.STRING, index, false));
            all.add(new Token(prefix, new byte[] {stringClose[index][0]}, Token.STRING, index, false));
        }
    }

    private void collectOtherTokens(List<Token> all) {
        rules.codeTokens().forEach(text -> all.add(token(text, Token.CODE, -1, false)));
        if (rules.heredoc() != null) {
            all.add(token(rules.heredoc() == HeredocStyle.PHP ? "<<<" : "<<", Token.HEREDOC, -1, false));
        }
        if (tracksBrackets) {
            for (String open : List.of("(", "[", "{")) {
                all.add(token(open, Token.OPEN_BRACKET, -1, false));
            }
            for (String close : List.of(")", "]", "}")) {
                all.add(token(close, Token.CLOSE_BRACKET, -1, false));
            }
        }
    }

    private void buildTables(List<Token> all) {
        byteClass[' '] = SPACE;
        byteClass['\t'] = SPACE;
        byteClass[0x0B] = SPACE;
        byteClass['\f'] = SPACE;
        byteClass['\n'] = LINE_FEED;
        byteClass['\r'] = CARRIAGE_RETURN;
        all.sort(Comparator.comparingInt((Token t) -> -(t.text.length + t.prefix.length))
                .thenComparingInt(t -> t.type));
        List<List<Token>> byFirst = new ArrayList<>();
        for (int b = 0; b < 256; b++) {
            byFirst.add(new ArrayList<>());
        }
        for (Token token : all) {
            int first = token.text[0] & 0xFF;
            byFirst.get(first).add(token);
            if (token.ignoreCase && Character.isLetter(first)) {
                byFirst.get(Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first))
                        .add(token);
            }
        }
        for (int b = 0; b < 256; b++) {
            if (!byFirst.get(b).isEmpty()) {
                tokens[b] = byFirst.get(b).toArray(new Token[0]);
                byteClass[b] = MARKER;
            }
        }
    }

    private static Token token(String text, int type, int rule, boolean lineStart) {
        byte[] bytes = bytes(required(text, "marker"));
        boolean ignoreCase = lineStart && text.chars().anyMatch(Character::isLetter);
        return new Token(bytes, type, rule, ignoreCase);
    }

    private static List<String> caseVariants(String prefix) {
        List<String> variants = new ArrayList<>(List.of(""));
        for (char letter : prefix.toCharArray()) {
            List<String> next = new ArrayList<>();
            for (String start : variants) {
                next.add(start + Character.toLowerCase(letter));
                if (Character.toUpperCase(letter) != Character.toLowerCase(letter)) {
                    next.add(start + Character.toUpperCase(letter));
                }
            }
            variants = next;
        }
        return variants;
    }

    private static String required(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Missing " + what + " in a syntax rule; give a non-empty text");
        }
        return value;
    }

    private static byte single(String value, String what) {
        byte[] bytes = bytes(value);
        if (bytes.length != 1) {
            throw new IllegalArgumentException("Invalid " + what + " '" + value + "'; give exactly one ASCII character");
        }
        return bytes[0];
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
