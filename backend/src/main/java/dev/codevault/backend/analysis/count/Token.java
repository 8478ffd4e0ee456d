package dev.codevault.backend.analysis.count;

/** A marker the lexer looks for in code, with what it starts. Fields are read in the hot loop, so no accessors. */
final class Token {

    static final int LINE_COMMENT = 0;
    static final int WORD_COMMENT = 1;
    static final int LINE_START_COMMENT = 2;
    static final int COLUMN_ONE_COMMENT = 3;
    static final int BLOCK_COMMENT = 4;
    static final int STRING = 5;
    static final int CODE = 6;
    static final int HEREDOC = 7;
    static final int OPEN_BRACKET = 8;
    static final int CLOSE_BRACKET = 9;

    final byte[] text;
    /** Letters and digits that must stand right before {@code text}, at the start of a word, such as {@code rb}. */
    final byte[] prefix;
    final int type;
    /** Index into the block comment or string rules for those types. */
    final int rule;
    /** Letters match in any case; used for word-like line-start markers such as {@code REM}. */
    final boolean ignoreCase;

    Token(byte[] text, int type, int rule, boolean ignoreCase) {
        this(new byte[0], text, type, rule, ignoreCase);
    }

    Token(byte[] prefix, byte[] text, int type, int rule, boolean ignoreCase) {
        this.prefix = prefix;
        this.text = text;
        this.type = type;
        this.rule = rule;
        this.ignoreCase = ignoreCase;
    }

    boolean matchesAt(byte[] buffer, int start, int position, int end) {
        if (prefix.length > 0 && !prefixBefore(buffer, start, position)) {
            return false;
        }
        int length = text.length;
        if (position + length > end) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            byte actual = buffer[position + k];
            byte expected = text[k];
            if (actual != expected && !(ignoreCase && toLower(actual) == toLower(expected))) {
                return false;
            }
        }
        return true;
    }

    private boolean prefixBefore(byte[] buffer, int start, int position) {
        int from = position - prefix.length;
        if (from < start || from > start && LineScanner.isWordByte(buffer[from - 1])) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (buffer[from + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte toLower(byte value) {
        return value >= 'A' && value <= 'Z' ? (byte) (value + 32) : value;
    }
}
