package dev.codevault.backend.analysis.golden;

import dev.codevault.backend.analysis.lang.Language;
import dev.codevault.backend.analysis.lang.LanguageEngine;
import dev.codevault.backend.analysis.lang.LanguageEngines;
import dev.codevault.backend.analysis.lang.LineCounts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Compares CodeVault's line counts with cloc 1.96 on the sources jars that the build unpacks into
 * {@code target/golden} (Guava, Commons Lang, the Kotlin and Scala standard libraries). Every file whose counts
 * differ must contain a construct for which {@code docs/counting.md} explains the difference: a triple-quoted
 * multi-line string, or a block comment nested inside another. Any other difference fails the test.
 */
class ClocComparisonTest {

    private static final List<String> LANGUAGES = List.of("Java", "Kotlin", "Scala");

    private final LanguageEngine engine = LanguageEngines.standard();

    @Test
    void everyDifferenceFromClocIsExplained() throws Exception {
        Path root = Path.of(System.getProperty("codevault.golden.directory", "target/golden"));
        assumeTrue(Files.isDirectory(root), "golden sources missing at " + root + "; run the Maven build first");
        assumeTrue(clocAvailable(), "cloc 1.96 not found; install it with apt-get install cloc");

        Map<String, LineCounts> cloc = clocByFile(root);
        List<String> unexplained = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, LineCounts> file : cloc.entrySet()) {
            Path path = Path.of(file.getKey());
            byte[] content = Files.readAllBytes(path);
            Language language = engine.detect(path.toString(), content).orElseThrow();
            LineCounts ours = engine.measure(language, content).lines();
            compared++;
            if (!ours.equals(file.getValue()) && !hasExplainedConstruct(content)) {
                unexplained.add(path + ": CodeVault " + ours + ", cloc " + file.getValue());
            }
        }

        assertThat(compared).isGreaterThan(1000);
        assertThat(unexplained).isEmpty();
    }

    private static boolean clocAvailable() {
        try {
            Process process = new ProcessBuilder("cloc", "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(30, TimeUnit.SECONDS) && version.equals("1.96");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Map<String, LineCounts> clocByFile(Path root) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("cloc", "--by-file", "--csv", "--quiet",
                "--include-lang=" + String.join(",", LANGUAGES), root.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("cloc failed on " + root + " with exit value " + process.exitValue());
        }
        Map<String, LineCounts> counts = new HashMap<>();
        for (String line : output.split("\n")) {
            String[] fields = line.split(",");
            if (fields.length < 5 || !LANGUAGES.contains(fields[0])) {
                continue;
            }
            long blank = Long.parseLong(fields[2]);
            long comment = Long.parseLong(fields[3]);
            long code = Long.parseLong(fields[4].trim());
            counts.put(fields[1], new LineCounts(blank + comment + code, code, comment, blank));
        }
        return counts;
    }

    /** Returns {@code true} when the file has a triple-quoted string or a {@code /*} inside a block comment. */
    private static boolean hasExplainedConstruct(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        if (text.contains("\"\"\"")) {
            return true;
        }
        int open = text.indexOf("/*");
        while (open >= 0) {
            int close = text.indexOf("*/", open + 2);
            int inner = text.indexOf("/*", open + 2);
            if (close < 0) {
                return false;
            }
            if (inner >= 0 && inner < close) {
                return true;
            }
            open = text.indexOf("/*", close + 2);
        }
        return false;
    }
}
