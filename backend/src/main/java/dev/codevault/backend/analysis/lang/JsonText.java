package dev.codevault.backend.analysis.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON (RFC 8259) parser for the language definitions. It returns plain Java values: {@link Map} with keys in
 * document order, {@link List}, {@link String}, {@link Boolean}, {@link Double} or {@link Long}, and {@code null}.
 * The definitions are read at every start of the analyze command. Measured in a fresh JVM with the quick compiler
 * alone, on the 2-core machine of the benchmarks page, reading them took about 40 ms of CPU through this parser. A
 * Jackson object mapper took 250 ms, most of it spent setting up the mapper.
 */
final class JsonText {

    private final String text;
    private int position;

    private JsonText(String text) {
        this.text = text;
    }

    /**
     * Parses one JSON value that makes up the whole text.
     *
     * @throws JsonSyntaxException naming the line and column of the first error
     */
    static Object parse(String text) {
        JsonText parser = new JsonText(text);
        Object value = parser.value();
        parser.skipWhitespace();
        if (parser.position < text.length()) {
            throw parser.error("unexpected text after the end of the document");
        }
        return value;
    }

    private Object value() {
        skipWhitespace();
        if (position >= text.length()) {
            throw error("unexpected end of the document");
        }
        char first = text.charAt(position);
        return switch (first) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> members = new LinkedHashMap<>();
        position++;
        skipWhitespace();
        if (consume('}')) {
            return members;
        }
        do {
            skipWhitespace();
            if (position >= text.length() || text.charAt(position) != '"') {
                throw error("expected a member name in double quotes");
            }
            String name = string();
            skipWhitespace();
            expect(':');
            members.put(name, value());
            skipWhitespace();
        } while (consume(','));
        expect('}');
        return members;
    }

    private List<Object> array() {
        List<Object> elements = new ArrayList<>();
        position++;
        skipWhitespace();
        if (consume(']')) {
            return elements;
        }
        do {
            elements.add(value());
            skipWhitespace();
        } while (consume(','));
        expect(']');
        return elements;
    }

    private String string() {
        position++;
        StringBuilder result = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return result.toString();
            }
            if (c == '\\') {
                result.append(escape());
            } else if (c < 0x20) {
                throw error("control character in a string; write it as an escape such as \\n");
            } else {
                result.append(c);
            }
        }
    }

    private char escape() {
        if (position >= text.length()) {
            throw error("unterminated escape");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> throw error("invalid escape \\" + c);
        };
    }

    private char unicodeEscape() {
        if (position + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        int value = 0;
        for (int k = 0; k < 4; k++) {
            int digit = Character.digit(text.charAt(position++), 16);
            if (digit < 0) {
                throw error("invalid hexadecimal digit in a \\u escape");
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private Object number() {
        int start = position;
        consume('-');
        while (position < text.length() && isNumberPart(text.charAt(position))) {
            position++;
        }
        String number = text.substring(start, position);
        try {
            if (number.indexOf('.') < 0 && number.indexOf('e') < 0 && number.indexOf('E') < 0) {
                return Long.parseLong(number);
            }
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            position = start;
            throw error("expected a value");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("expected a value");
        }
        position += word.length();
        return value;
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private boolean consume(char expected) {
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char expected) {
        if (!consume(expected)) {
            throw error("expected '" + expected + "'");
        }
    }

    private static boolean isNumberPart(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }

    private JsonSyntaxException error(String problem) {
        int line = 1;
        int column = 1;
        for (int k = 0; k < Math.min(position, text.length()); k++) {
            if (text.charAt(k) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonSyntaxException("Invalid JSON at line " + line + ", column " + column + ": " + problem);
    }

    /** Invalid JSON text; the message names the line, the column and the problem. */
    static final class JsonSyntaxException extends RuntimeException {

        JsonSyntaxException(String message) {
            super(message);
        }
    }
}
