package dev.codevault.backend.analysis.lang;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the language of a file. The strongest evidence wins: an editor modeline, then the exact file name, then
 * the shebang interpreter, then the extension, with a content rule where several languages claim it.
 */
final class LanguageDetector {

    private static final int MODELINE_LINES = 5;
    private static final int MODELINE_WINDOW = 4096;
    private static final int SHEBANG_MAX = 512;

    private static final Pattern EMACS_MODE = Pattern.compile("-\\*-(?:.*?\\bmode\\s*:\\s*([\\w+#.-]+)|\\s*([\\w+#.-]+)\\s*)"
            + "[^\\n]*?-\\*-", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIM_MODE = Pattern.compile("(?:^|\\s)(?:vim?|ex)(?:\\d*)?:(?:\\s*set?\\s)?[^\\n]*?"
            + "\\b(?:filetype|ft|syntax|syn)=([\\w+#.-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION_SUFFIX = Pattern.compile("[\\d.]+$");

    private final LanguageCatalog catalog;

    LanguageDetector(LanguageCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<LanguageEntry> detect(String path, byte[] content) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        Optional<LanguageEntry> found = byModeline(content);
        if (found.isEmpty()) {
            found = catalog.byFileName(fileName);
        }
        if (found.isEmpty()) {
            found = byShebang(content);
        }
        if (found.isEmpty()) {
            found = byExtension(fileName, content);
        }
        return found;
    }

    private Optional<LanguageEntry> byExtension(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.indexOf('.', 1);
        while (dot >= 0 && dot < lower.length() - 1) {
            String extension = lower.substring(dot + 1);
            long dots = extension.chars().filter(c -> c == '.').count();
            if (dots <= catalog.longestExtensionDots()) {
                List<LanguageEntry> claimants = catalog.byExtension(extension);
                if (claimants.size() == 1) {
                    return Optional.of(claimants.get(0));
                }
                if (claimants.size() > 1) {
                    return catalog.contentRule(extension).map(rule -> rule.decide(content));
                }
            }
            dot = lower.indexOf('.', dot + 1);
        }
        return Optional.empty();
    }

    private Optional<LanguageEntry> byShebang(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB ? 3 : 0;
        if (content.length < offset + 2 || content[offset] != '#' || content[offset + 1] != '!') {
            return Optional.empty();
        }
        int end = offset + 2;
        int limit = Math.min(content.length, offset + SHEBANG_MAX);
        while (end < limit && content[end] != '\n' && content[end] != '\r') {
            end++;
        }
        String line = new String(content, offset + 2, end - offset - 2, StandardCharsets.UTF_8).trim();
        return interpreter(line).flatMap(this::byInterpreterName);
    }

    /** Returns the interpreter a shebang line runs, looking through {@code env} and its options. */
    static Optional<String> interpreter(String shebang) {
        String[] words = shebang.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        String program = baseName(words[0]);
        if (!program.equals("env")) {
            return Optional.of(program);
        }
        for (int k = 1; k < words.length; k++) {
            String word = words[k];
            if (word.equals("-u") || word.equals("--unset") || word.equals("-C") || word.equals("--chdir")) {
                k++;
            } else if (!word.startsWith("-") && !word.contains("=")) {
                return Optional.of(baseName(word));
            }
        }
        return Optional.empty();
    }

    private Optional<LanguageEntry> byInterpreterName(String name) {
        Optional<LanguageEntry> exact = catalog.byInterpreter(name);
        if (exact.isPresent()) {
            return exact;
        }
        String unversioned = VERSION_SUFFIX.matcher(name).replaceFirst("");
        if (unversioned.endsWith("-")) {
            unversioned = unversioned.substring(0, unversioned.length() - 1);
        }
        return unversioned.isEmpty() ? Optional.empty() : catalog.byInterpreter(unversioned);
    }

    private Optional<LanguageEntry> byModeline(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, MODELINE_WINDOW), StandardCharsets.ISO_8859_1);
        int tailStart = Math.max(0, content.length - MODELINE_WINDOW);
        String tail = new String(content, tailStart, content.length - tailStart, StandardCharsets.ISO_8859_1);
        for (String line : firstLines(head)) {
            Optional<LanguageEntry> found = modeline(line);
            if (found.isPresent()) {
                return found;
            }
        }
        for (String line : lastLines(tail)) {
            Optional<LanguageEntry> found = modeline(line);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<LanguageEntry> modeline(String line) {
        if (line.contains("-*-")) {
            Matcher emacs = EMACS_MODE.matcher(line);
            if (emacs.find()) {
                String mode = emacs.group(1) != null ? emacs.group(1) : emacs.group(2);
                Optional<LanguageEntry> found = byModeName(mode);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (line.contains("vi") || line.contains("ex:")) {
            Matcher vim = VIM_MODE.matcher(line);
            if (vim.find()) {
                return byModeName(vim.group(1));
            }
        }
        return Optional.empty();
    }

    private Optional<LanguageEntry> byModeName(String mode) {
        Optional<LanguageEntry> found = catalog.byName(mode);
        if (found.isEmpty() && mode.toLowerCase(Locale.ROOT).endsWith("-mode")) {
            found = catalog.byName(mode.substring(0, mode.length() - "-mode".length()));
        }
        return found;
    }

    private static List<String> firstLines(String text) {
        String[] lines = text.split("\r\n|\r|\n", MODELINE_LINES + 1);
        return List.of(lines).subList(0, Math.min(lines.length, MODELINE_LINES));
    }

    private static List<String> lastLines(String text) {
        String[] lines = text.split("\r\n|\r|\n");
        return List.of(lines).subList(Math.max(0, lines.length - MODELINE_LINES), lines.length);
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
