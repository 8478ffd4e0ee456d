package dev.codevault.backend.analysis.lang;

import java.util.List;

/**
 * Decides between the languages that claim the same extension by looking at the file content.
 *
 * @param extension the shared extension
 * @param patterns  tried in order; the first whose regular expression finds a match names the language
 * @param fallback  the language when no pattern matches
 */
public record ContentRule(String extension, List<ContentPattern> patterns, String fallback) {

    public ContentRule {
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }

    /**
     * One test of a content rule.
     *
     * @param language the language when the pattern matches
     * @param pattern  a Java regular expression, applied in multi-line mode to the start of the file
     */
    public record ContentPattern(String language, String pattern) {
    }
}
