package dev.codevault.backend.analysis.lang;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@link ContentRule} with its patterns compiled and its languages resolved.
 *
 * @param tests    tried in order
 * @param fallback the language when no test matches
 */
record CompiledContentRule(List<Test> tests, LanguageEntry fallback) {

    /** How much of the file the patterns see; enough for the declarations at the top of any source file. */
    static final int WINDOW = 64 * 1024;

    /**
     * One compiled pattern.
     *
     * @param language the language when the pattern finds a match
     * @param pattern  the compiled pattern
     */
    record Test(LanguageEntry language, Pattern pattern) {
    }

    /** Picks the language for the content; reads at most {@link #WINDOW} bytes, one byte per character. */
    LanguageEntry decide(byte[] content) {
        String text = new String(content, 0, Math.min(content.length, WINDOW), StandardCharsets.ISO_8859_1);
        for (Test test : tests) {
            if (test.pattern().matcher(text).find()) {
                return test.language();
            }
        }
        return fallback;
    }
}
