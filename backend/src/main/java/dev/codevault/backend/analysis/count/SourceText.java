package dev.codevault.backend.analysis.count;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of a file ready for the lexer: a UTF-8 byte order mark skipped, UTF-16 with a byte order mark decoded
 * to UTF-8. Other encodings pass through unchanged, which is right for every ASCII-compatible one.
 *
 * @param bytes the buffer; may be the caller's array, so never write to it
 * @param from  the first byte of the text
 * @param to    the end of the text, exclusive
 */
public record SourceText(byte[] bytes, int from, int to) {

    /** Prepares file content for counting; never throws on malformed input. */
    public static SourceText of(byte[] content) {
        int length = content.length;
        if (length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return new SourceText(content, 3, length);
        }
        if (length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return decoded(new String(content, 2, length - 2, StandardCharsets.UTF_16LE));
        }
        if (length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return decoded(new String(content, 2, length - 2, StandardCharsets.UTF_16BE));
        }
        return new SourceText(content, 0, length);
    }

    /** Returns the number of bytes of text. */
    public int length() {
        return to - from;
    }

    private static SourceText decoded(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new SourceText(bytes, 0, bytes.length);
    }
}
