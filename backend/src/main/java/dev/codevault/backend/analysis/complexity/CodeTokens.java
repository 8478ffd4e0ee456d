package dev.codevault.backend.analysis.complexity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tokens of masked code: words, numbers and punctuation, each with its line. Comments and strings are already
 * masked out, so a keyword found here is real code. Multi-character operators are single tokens.
 */
final class CodeTokens {

    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte PUNCTUATION = 2;

    private static final String[] OPERATORS = {
        "<<=", ">>=", "...", "===", "!==", "**=", "??=", "&&=", "||=", "::", "->", "=>", "&&", "||", "==", "!=", "<=",
        ">=", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", "?.", "??", "?:", "..", "**"
    };

    private static final int WORD_START_BYTE = 1;
    private static final int WORD_PART_BYTE = 2;
    private static final int SPACE_BYTE = 4;
    private static final byte[] BYTE_CLASSES = byteClasses();

    /**
     * Bytes of masked code per token assumed when sizing the token arrays. The Java files of the benchmark tree
     * average about 7.5 with their comments masked, and 274 of 10,967 have under 5, so few files grow the arrays.
     */
    private static final int BYTES_PER_TOKEN = 5;

    /** The operators of {@link #OPERATORS} indexed by their first byte, keeping the list's longer-first order. */
    private static final byte[][][] OPERATORS_BY_FIRST_BYTE = indexByFirstByte(OPERATORS);

    private final byte[] code;
    private byte[] types;
    private int[] starts;
    private int[] ends;
    private int[] lines;
    private int[] indents;
    private int size;
    private int lastLine;

    private CodeTokens(byte[] code) {
        this.code = code;
        int capacity = code.length / BYTES_PER_TOKEN + 16;
        this.types = new byte[capacity];
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.lines = new int[capacity];
        this.indents = new int[capacity];
    }

    static CodeTokens of(byte[] code) {
        CodeTokens tokens = new CodeTokens(code);
        tokens.tokenize();
        return tokens;
    }

    int size() {
        return size;
    }

    byte type(int index) {
        return types[index];
    }

    int line(int index) {
        return lines[index];
    }

    /** Returns the indentation, in columns with tabs as 8, of the line the token is on. */
    int indent(int index) {
        return indents[index];
    }

    /** Returns the number of the last line of the code. */
    int lastLine() {
        return lastLine;
    }

    boolean is(int index, String text) {
        if (index < 0 || index >= size) {
            return false;
        }
        int length = ends[index] - starts[index];
        if (length != text.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (code[starts[index] + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether the token is the single ASCII character {@code c}; {@code false} for an index out of range. */
    boolean is(int index, char c) {
        return index >= 0 && index < size && ends[index] - starts[index] == 1 && code[starts[index]] == c;
    }

    /** Returns whether the token's bytes equal {@code text}; {@code false} for an index out of range. */
    boolean is(int index, byte[] text) {
        if (index < 0 || index >= size) {
            return false;
        }
        int start = starts[index];
        int length = ends[index] - start;
        if (length != text.length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (code[start + k] != text[k]) {
                return false;
            }
        }
        return true;
    }

    /** Returns the token's length in bytes. */
    int length(int index) {
        return ends[index] - starts[index];
    }

    /** Returns the token's first byte as an unsigned value. */
    int firstByte(int index) {
        return code[starts[index]] & 0xFF;
    }

    String text(int index) {
        return new String(code, starts[index], ends[index] - starts[index], StandardCharsets.UTF_8);
    }

    /** Returns {@code true} when whitespace stands right before the token. */
    boolean spaceBefore(int index) {
        int position = starts[index];
        return position > 0 && isSpace(code[position - 1]);
    }

    /** Returns {@code true} when whitespace stands right after the token. */
    boolean spaceAfter(int index) {
        int position = ends[index];
        return position < code.length && isSpace(code[position]);
    }

    private void tokenize() {
        int line = 1;
        int indent = 0;
        boolean lineStart = true;
        int i = 0;
        int length = code.length;
        while (i < length) {
            byte x = code[i];
            if (x == ' ') {
                // Masked comments and strings are runs of spaces, so a tight loop skips them.
                int runEnd = i + 1;
                while (runEnd < length && code[runEnd] == ' ') {
                    runEnd++;
                }
                if (lineStart) {
                    indent += runEnd - i;
                }
                i = runEnd;
            } else if (x == '\n' || x == '\r') {
                if (x == '\r' && i + 1 < length && code[i + 1] == '\n') {
                    i++;
                }
                i++;
                line++;
                indent = 0;
                lineStart = true;
            } else if (isSpace(x)) {
                if (lineStart) {
                    indent += x == '\t' ? 8 - indent % 8 : 1;
                }
                i++;
            } else {
                lineStart = false;
                i = token(i, line, indent);
            }
        }
        lastLine = length > 0 && (code[length - 1] == '\n' || code[length - 1] == '\r') ? line - 1 : line;
    }

    private int token(int i, int line, int indent) {
        byte x = code[i];
        int end;
        byte type;
        if (isWordStart(x)) {
            end = i + 1;
            while (end < code.length && isWordPart(code[end])) {
                end++;
            }
            type = WORD;
        } else if (x >= '0' && x <= '9') {
            end = i + 1;
            while (end < code.length && (isWordPart(code[end]) || code[end] == '.')) {
                end++;
            }
            type = NUMBER;
        } else {
            end = i + operatorLength(i);
            type = PUNCTUATION;
        }
        add(type, i, end, line, indent);
        return end;
    }

    private int operatorLength(int i) {
        for (byte[] operator : OPERATORS_BY_FIRST_BYTE[code[i] & 0xFF]) {
            if (startsWith(operator, i)) {
                return operator.length;
            }
        }
        return 1;
    }

    private boolean startsWith(byte[] text, int at) {
        if (at + text.length > code.length) {
            return false;
        }
        for (int k = 0; k < text.length; k++) {
            if (code[at + k] != text[k]) {
                return false;
            }
        }
        return true;
    }

    private void add(byte type, int start, int end, int line, int indent) {
        if (size == types.length) {
            int capacity = size * 2;
            types = Arrays.copyOf(types, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            lines = Arrays.copyOf(lines, capacity);
            indents = Arrays.copyOf(indents, capacity);
        }
        types[size] = type;
        starts[size] = start;
        ends[size] = end;
        lines[size] = line;
        indents[size] = indent;
        size++;
    }

    private static byte[][][] indexByFirstByte(String[] operators) {
        byte[][][] index = new byte[256][][];
        for (int b = 0; b < 256; b++) {
            int first = b;
            index[b] = Arrays.stream(operators)
                    .filter(operator -> operator.charAt(0) == first)
                    .map(operator -> operator.getBytes(StandardCharsets.US_ASCII))
                    .toArray(byte[][]::new);
        }
        return index;
    }

    private static boolean isSpace(byte x) {
        return (BYTE_CLASSES[x & 0xFF] & SPACE_BYTE) != 0;
    }

    private static boolean isWordStart(byte x) {
        return (BYTE_CLASSES[x & 0xFF] & WORD_START_BYTE) != 0;
    }

    private static boolean isWordPart(byte x) {
        return (BYTE_CLASSES[x & 0xFF] & WORD_PART_BYTE) != 0;
    }

    /**
     * Returns the class bits of every byte value. Letters, {@code _}, {@code $} and every non-ASCII byte start a word
     * and continue it, digits continue one, and space, tab, form feed and vertical tab are spaces.
     */
    private static byte[] byteClasses() {
        byte[] classes = new byte[256];
        for (int b = 0; b < 256; b++) {
            boolean wordStart = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == '$' || b >= 0x80;
            boolean digit = b >= '0' && b <= '9';
            boolean space = b == ' ' || b == '\t' || b == '\f' || b == 0x0B;
            classes[b] = (byte) ((wordStart ? WORD_START_BYTE | WORD_PART_BYTE : 0) | (digit ? WORD_PART_BYTE : 0)
                    | (space ? SPACE_BYTE : 0));
        }
        return classes;
    }
}
