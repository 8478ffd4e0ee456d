package dev.codevault.backend.analysis.result;

import dev.codevault.backend.analysis.lang.LanguageType;
import dev.codevault.backend.analysis.lang.LineCounts;

/**
 * Sums over the counted files of one language.
 *
 * @param name       the language's display name
 * @param type       the broad kind of the language
 * @param files      files
 * @param bytes      bytes
 * @param lines      lines by kind
 * @param complexity the sum of the files' cyclomatic complexity
 * @param functions  functions found
 */
public record LanguageSummary(String name, LanguageType type, long files, long bytes, LineCounts lines,
                              long complexity, long functions) {
}
