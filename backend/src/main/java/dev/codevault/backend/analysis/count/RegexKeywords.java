package dev.codevault.backend.analysis.count;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Keywords after which a {@code /} starts a regular expression literal instead of a division. */
final class RegexKeywords {

    private static final Set<String> KEYWORDS = Set.of("return", "typeof", "instanceof", "case", "do", "else", "in",
            "of", "new", "delete", "void", "throw", "yield", "await", "and", "or", "not", "if", "unless", "when",
            "while", "until", "split", "grep", "map");

    private static final int MAX_LENGTH = 10;

    private RegexKeywords() {
    }

    static boolean contains(byte[] buffer, int from, int to) {
        if (to - from > MAX_LENGTH) {
            return false;
        }
        return KEYWORDS.contains(new String(buffer, from, to - from, StandardCharsets.ISO_8859_1));
    }
}
