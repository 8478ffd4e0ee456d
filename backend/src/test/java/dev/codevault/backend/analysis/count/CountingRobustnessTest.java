package dev.codevault.backend.analysis.count;

import dev.codevault.backend.analysis.lang.FileMeasure;
import dev.codevault.backend.analysis.lang.Language;
import dev.codevault.backend.analysis.lang.LanguageEngine;
import dev.codevault.backend.analysis.lang.LanguageEngines;
import dev.codevault.backend.analysis.lang.LineCounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Property checks with a fixed seed: for random bytes, random marker soup and every truncation of the fixtures,
 * in every language, the engine returns within a time limit, never throws, and its counts add up.
 */
class CountingRobustnessTest {

    private static final long SEED = 20_241_204L;
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final String[] PIECES = {"/*", "*/", "//", "#", "--", "\"", "'", "`", "\"\"\"", "'''", "\\", "\n",
        "\r\n", "\r", "{", "}", "(", ")", "[", "]", "${", "#{", "<<EOF\n", "EOF\n", "<<<X\n", "R\"(", ")\"", "r#\"",
        "\"#", "{-", "-}", "(*", "*)", "<!--", "-->", "=begin\n", "=end\n", "=pod\n", "=cut\n", "@\"", "$\"", "/+",
        "+/", "--[[", "]]", " ", "\t", "a", "if", "def ", "class ", ":", "?", "&&", "||", "=>", "->", "é", "\u0000"};

    private final LanguageEngine engine = LanguageEngines.standard();

    @Nested
    class RandomInput {

        @Test
        void randomBytesNeverBreakAnyLanguage() {
            Random random = new Random(SEED);

            for (Language language : engine.languages()) {
                for (int round = 0; round < 5; round++) {
                    byte[] content = new byte[random.nextInt(400)];
                    random.nextBytes(content);
                    assertWellFormed(language, content);
                }
            }
        }

        @Test
        void markerSoupNeverBreakAnyLanguage() {
            Random random = new Random(SEED + 1);

            for (Language language : engine.languages()) {
                for (int round = 0; round < 10; round++) {
                    StringBuilder text = new StringBuilder();
                    int pieces = random.nextInt(120);
                    for (int k = 0; k < pieces; k++) {
                        text.append(PIECES[random.nextInt(PIECES.length)]);
                    }
                    assertWellFormed(language, text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Nested
    class TruncatedFixtures {

        @Test
        void everyPrefixOfEveryFixtureCountsInEveryLanguage() {
            List<String> fixtures = List.of("strings.c", "raw.cpp", "nested.rs", "verbatim.cs", "backtick.go",
                    "textblock.java", "docstrings.py", "heredoc.sh", "heredoc.rb", "heredoc.php", "heredoc.pl",
                    "template.js", "nested.hs", "nested.swift", "long.lua");

            for (String fixture : fixtures) {
                byte[] content = LineCountingTest.fixture(fixture);
                for (Language language : engine.languages()) {
                    for (int length = 0; length <= content.length; length += 11) {
                        assertWellFormed(language, Arrays.copyOf(content, length));
                    }
                }
            }
        }
    }

    private void assertWellFormed(Language language, byte[] content) {
        FileMeasure measure = assertTimeoutPreemptively(LIMIT, () -> engine.measure(language, content),
                () -> language.name() + " did not finish on " + Arrays.toString(content));
        LineCounts lines = measure.lines();

        assertThat(lines.code() + lines.comment() + lines.blank())
                .as("%s: code + comment + blank on %s", language.name(), Arrays.toString(content))
                .isEqualTo(lines.lines());
        long expected = expectedLines(content);
        if (expected >= 0) {
            assertThat(lines.lines()).as("%s: line count", language.name()).isEqualTo(expected);
        }
        assertThat(measure.complexity()).as("%s: complexity", language.name()).isGreaterThanOrEqualTo(0);
    }

    /** Counts lines the simple way; returns -1 for UTF-16 text, which the engine decodes first. */
    private static long expectedLines(byte[] content) {
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
                || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)) {
            return -1;
        }
        int from = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        long lines = 0;
        boolean open = false;
        for (int i = from; i < content.length; i++) {
            byte x = content[i];
            if (x == '\n' || x == '\r' && (i + 1 >= content.length || content[i + 1] != '\n')) {
                lines++;
                open = false;
            } else if (x != '\r') {
                open = true;
            }
        }
        return open ? lines + 1 : lines;
    }
}
