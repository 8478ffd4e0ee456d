package dev.codevault.backend.analysis.lang;

import dev.codevault.backend.analysis.complexity.ComplexityRules;
import dev.codevault.backend.analysis.count.SyntaxRules;

import java.util.List;
import java.util.Map;

/**
 * The whole definitions resource as read: shared syntaxes and complexity rules by name, the languages, and the
 * content rules for shared extensions.
 */
public record LanguageDefinitions(Map<String, SyntaxRules> syntaxes, Map<String, ComplexityRules> complexity,
                                  List<LanguageDefinition> languages, List<ContentRule> contentRules) {

    public LanguageDefinitions {
        syntaxes = syntaxes == null ? Map.of() : Map.copyOf(syntaxes);
        complexity = complexity == null ? Map.of() : Map.copyOf(complexity);
        languages = languages == null ? List.of() : List.copyOf(languages);
        contentRules = contentRules == null ? List.of() : List.copyOf(contentRules);
    }
}
