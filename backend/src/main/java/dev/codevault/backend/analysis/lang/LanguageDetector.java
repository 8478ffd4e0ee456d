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

    /**
     * Looks for an editor modeline in the first {@value #MODELINE_LINES} lines of the first
     * {@value #MODELINE_WINDOW} bytes, then in the last {@value #MODELINE_LINES} lines of the last
     * {@value #MODELINE_WINDOW} bytes. Lines end at LF, CRLF or a lone CR.
     */
    private Optional<LanguageEntry> byModeline(byte[] content) {
        return byModelineAtStart(content).or(() -> byModelineAtEnd(content));
    }

    private Optional<LanguageEntry> byModelineAtStart(byte[] content) {
        int headEnd = Math.min(content.length, MODELINE_WINDOW);
        int lineStart = 0;
        for (int line = 0; line < MODELINE_LINES; line++) {
            int lineEnd = lineEnd(content, lineStart, headEnd);
            Optional<LanguageEntry> found = modeline(content, lineStart, lineEnd);
            if (found.isPresent() || lineEnd == headEnd) {
                return found;
            }
            lineStart = afterLineBreak(content, lineEnd, headEnd);
        }
        return Optional.empty();
    }

    /**
     * Looks for a modeline in the last lines of the tail window. Empty lines at the very end are skipped first,
     * so a file that ends with blank lines still has its last {@value #MODELINE_LINES} written lines read.
     */
    private Optional<LanguageEntry> byModelineAtEnd(byte[] content) {
        int tailStart = Math.max(0, content.length - MODELINE_WINDOW);
        int[] starts = new int[MODELINE_LINES];
        int[] ends = new int[MODELINE_LINES];
        int count = 0;
        int lineEnd = content.length;
        while (lineEnd > tailStart && isLineBreak(content[lineEnd - 1])) {
            lineEnd = beforeLineBreak(content, lineEnd, tailStart);
        }
        if (lineEnd == tailStart) {
            return Optional.empty();
        }
        while (count < MODELINE_LINES) {
            int lineStart = lineEnd;
            while (lineStart > tailStart && !isLineBreak(content[lineStart - 1])) {
                lineStart--;
            }
            starts[count] = lineStart;
            ends[count] = lineEnd;
            count++;
            if (lineStart == tailStart) {
                break;
            }
            lineEnd = beforeLineBreak(content, lineStart, tailStart);
        }
        for (int k = count - 1; k >= 0; k--) {
            Optional<LanguageEntry> found = modeline(content, starts[k], ends[k]);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Matches one line against the modeline patterns. The line is decoded only when its bytes contain what a
     * pattern needs: {@code -*-} for Emacs, or {@code vi} or {@code ex:} together with {@code =} for Vim. Most lines
     * contain neither, so most files cost a short byte scan.
     */
    private Optional<LanguageEntry> modeline(byte[] content, int from, int to) {
        boolean emacs = false;
        boolean vim = false;
        boolean equalsSign = false;
        for (int i = from; i < to; i++) {
            byte current = content[i];
            if (current == '=') {
                equalsSign = true;
            } else if (current == '-') {
                emacs |= i + 2 < to && content[i + 1] == '*' && content[i + 2] == '-';
            } else if (current == 'v') {
                vim |= i + 1 < to && content[i + 1] == 'i';
            } else if (current == 'e') {
                vim |= i + 2 < to && content[i + 1] == 'x' && content[i + 2] == ':';
            }
        }
        if (!emacs && !(vim && equalsSign)) {
            return Optional.empty();
        }
        return modeline(new String(content, from, to - from, StandardCharsets.ISO_8859_1));
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

    /** Returns the index of the first line break at or after {@code from}, or {@code limit} when there is none. */
    private static int lineEnd(byte[] content, int from, int limit) {
        int i = from;
        while (i < limit && !isLineBreak(content[i])) {
            i++;
        }
        return i;
    }

    /** Returns the index after the line break at {@code lineEnd}, taking CRLF as one break. */
    private static int afterLineBreak(byte[] content, int lineEnd, int limit) {
        boolean crlf = content[lineEnd] == '\r' && lineEnd + 1 < limit && content[lineEnd + 1] == '\n';
        return lineEnd + (crlf ? 2 : 1);
    }

    /** Returns the index of the line break that ends right before {@code afterBreak}, taking CRLF as one break. */
    private static int beforeLineBreak(byte[] content, int afterBreak, int limit) {
        boolean crlf = content[afterBreak - 1] == '\n' && afterBreak - 2 >= limit && content[afterBreak - 2] == '\r';
        return afterBreak - (crlf ? 2 : 1);
    }

    private static boolean isLineBreak(byte value) {
        return value == '\n' || value == '\r';
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
