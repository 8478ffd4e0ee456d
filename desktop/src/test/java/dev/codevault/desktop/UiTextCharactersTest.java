package dev.codevault.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scans the desktop app's sources for characters that common UI fonts lack. JavaFX draws such a character, for
 * example an emoji or a dingbat, as an empty box unless an installed font has it, and stock Linux desktops and Xvfb
 * often have no emoji or symbol font. Icons are shapes instead, in the {@code icon-*} style classes of
 * {@code codevault.css}.
 *
 * <p>The scan reads whole files, comments included, because telling comments from strings needs a parser. It decodes
 * the backslash-u escapes of Java and properties files, the character references of FXML and the escapes of CSS.
 * Text built at run time from code points, and text from the server, are out of its reach.
 */
class UiTextCharactersTest {

    private static final Path SOURCES = Path.of("src/main");
    private static final Set<String> SCANNED_EXTENSIONS = Set.of("java", "fxml", "css", "properties");

    /** Punctuation beyond Latin-1 that UI fonts have, namely dashes, quotes, the bullet, the ellipsis and the euro. */
    private static final String COMMON_PUNCTUATION = "\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC";

    private static final Pattern JAVA_ESCAPE = Pattern.compile("\\\\u+([0-9a-fA-F]{4})");
    private static final Pattern XML_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{1,6}) ?");

    @Test
    void sourcesUseOnlyCommonFontCharacters() throws IOException {
        List<String> found = new ArrayList<>();

        for (Path file : scannedFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int index = 0; index < lines.size(); index++) {
                found.addAll(uncommonCharacters(file.toString(), index + 1, lines.get(index)));
            }
        }

        assertThat(found)
                .as("Characters that common UI fonts lack; draw icons as shapes with the icon style classes instead")
                .isEmpty();
    }

    @Test
    void scanFindsRawEmoji() {
        assertThat(uncommonCharacters("View.java", 7, "new Button(\"\uD83D\uDD25 Hot\")"))
                .containsExactly("View.java:7: U+1F525 FIRE");
    }

    @Test
    void scanFindsJavaEscape() {
        assertThat(uncommonCharacters("View.java", 3, "new Button(\"\\u27F3\")"))
                .containsExactly("View.java:3: U+27F3 CLOCKWISE GAPPED CIRCLE ARROW");
    }

    @Test
    void scanFindsFxmlReference() {
        assertThat(uncommonCharacters("View.fxml", 12, "<Button text=\"&#x2715;\"/>"))
                .containsExactly("View.fxml:12: U+2715 MULTIPLICATION X");
    }

    @Test
    void scanFindsCssEscape() {
        assertThat(uncommonCharacters("view.css", 4, "-fx-text: \"\\2713 done\";"))
                .containsExactly("view.css:4: U+2713 CHECK MARK");
    }

    @Test
    void scanAcceptsLatinTextAndPunctuation() {
        assertThat(uncommonCharacters("View.java", 1, "\"Zürich – naïve “quotes” … 5 €\"")).isEmpty();
    }

    private static List<Path> scannedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> SCANNED_EXTENSIONS.contains(extension(file)))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> uncommonCharacters(String file, int lineNumber, String line) {
        String text = decodeEscapes(extension(Path.of(file)), line);
        return text.codePoints()
                .filter(codePoint -> !drawnByCommonFonts(codePoint))
                .mapToObj(codePoint -> String.format(Locale.ROOT, "%s:%d: U+%04X %s", file, lineNumber, codePoint,
                        Character.getName(codePoint)))
                .toList();
    }

    private static String decodeEscapes(String extension, String line) {
        return switch (extension) {
            case "java", "properties" -> replace(JAVA_ESCAPE, line, match -> Integer.parseInt(match.group(1), 16));
            case "fxml" -> replace(XML_REFERENCE, line, match -> match.group(1).startsWith("x")
                    ? Integer.parseInt(match.group(1).substring(1), 16) : Integer.parseInt(match.group(1)));
            case "css" -> replace(CSS_ESCAPE, line, match -> Integer.parseInt(match.group(1), 16));
            default -> line;
        };
    }

    private static String replace(Pattern escape, String line, ToIntFunction<MatchResult> codePoint) {
        return escape.matcher(line).replaceAll(match -> Matcher.quoteReplacement(
                Character.toString(codePoint.applyAsInt(match))));
    }

    /**
     * Returns whether the character is ASCII, Latin-1, Latin Extended-A or in {@link #COMMON_PUNCTUATION}. DejaVu Sans,
     * the fallback font of many Linux desktops, has all of them.
     */
    private static boolean drawnByCommonFonts(int codePoint) {
        boolean whitespace = codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
        boolean ascii = codePoint >= 0x20 && codePoint <= 0x7E;
        boolean latin = codePoint >= 0xA0 && codePoint <= 0x17F;
        return whitespace || ascii || latin || COMMON_PUNCTUATION.indexOf(codePoint) >= 0;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
