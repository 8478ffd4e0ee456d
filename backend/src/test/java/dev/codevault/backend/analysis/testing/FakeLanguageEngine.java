package dev.codevault.backend.analysis.testing;

import dev.codevault.backend.analysis.lang.FileMeasure;
import dev.codevault.backend.analysis.lang.FunctionComplexity;
import dev.codevault.backend.analysis.lang.Language;
import dev.codevault.backend.analysis.lang.LanguageEngine;
import dev.codevault.backend.analysis.lang.LanguageType;
import dev.codevault.backend.analysis.lang.LineCounts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small language engine for pipeline tests, so they do not depend on the real definitions. It detects Java, Python
 * and JavaScript (programming), Markdown (prose) and JSON (data) by extension. A line is blank when it contains only
 * whitespace, a comment when it starts with {@code //} or {@code #}, and code otherwise. A line
 * {@code fn NAME COMPLEXITY} declares a function of that complexity; JavaScript has no function rules, so its
 * complexity is estimated as 1 per file.
 */
public final class FakeLanguageEngine implements LanguageEngine {

    public static final Language JAVA = new Language("Java", LanguageType.PROGRAMMING);
    public static final Language PYTHON = new Language("Python", LanguageType.PROGRAMMING);
    public static final Language JAVASCRIPT = new Language("JavaScript", LanguageType.PROGRAMMING);
    public static final Language MARKDOWN = new Language("Markdown", LanguageType.PROSE);
    public static final Language JSON = new Language("JSON", LanguageType.DATA);

    private static final Map<String, Language> BY_EXTENSION = Map.of(
            "java", JAVA, "py", PYTHON, "js", JAVASCRIPT, "md", MARKDOWN, "json", JSON);

    @Override
    public Optional<Language> detect(String path, byte[] content) {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<Language> byName(String nameOrAlias) {
        return languages().stream().filter(language -> language.name().equalsIgnoreCase(nameOrAlias)).findFirst();
    }

    @Override
    public FileMeasure measure(Language language, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return new FileMeasure(LineCounts.ZERO, 0, false, List.of());
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        int count = text.endsWith("\n") || text.endsWith("\r") ? lines.length - 1 : lines.length;
        long code = 0;
        long comment = 0;
        long blank = 0;
        List<FunctionComplexity> functions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                blank++;
            } else if (line.startsWith("//") || line.startsWith("#")) {
                comment++;
            } else {
                code++;
                if (line.startsWith("fn ") && language != JAVASCRIPT) {
                    String[] parts = line.split(" ");
                    functions.add(new FunctionComplexity(parts[1], i + 1, i + 1, Integer.parseInt(parts[2])));
                }
            }
        }
        LineCounts counts = new LineCounts(count, code, comment, blank);
        if (language == JAVASCRIPT) {
            return new FileMeasure(counts, 1, true, List.of());
        }
        int complexity = functions.stream().mapToInt(FunctionComplexity::complexity).sum();
        return new FileMeasure(counts, complexity, false, functions);
    }

    @Override
    public Collection<Language> languages() {
        return List.of(JAVA, PYTHON, JAVASCRIPT, MARKDOWN, JSON);
    }
}
