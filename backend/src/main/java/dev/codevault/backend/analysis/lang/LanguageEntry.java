package dev.codevault.backend.analysis.lang;

import dev.codevault.backend.analysis.complexity.ComplexityAnalyzer;
import dev.codevault.backend.analysis.count.CompiledSyntax;

/**
 * A language with its compiled syntax and complexity rules, ready to measure files.
 *
 * @param language   the public description
 * @param definition the entry as read from the definitions
 * @param syntax     the compiled counting syntax
 * @param complexity the analyzer of the language's complexity rules, or {@code null} when the language has none
 */
record LanguageEntry(Language language, LanguageDefinition definition, CompiledSyntax syntax,
                     ComplexityAnalyzer complexity) {
}
