package dev.codevault.backend.analysis.lang;

import java.util.List;

/**
 * One language entry of the definitions resource. Lists are never {@code null}.
 *
 * @param name         the unique display name
 * @param type         the broad kind
 * @param aliases      other names, matched in any case, as {@code linguist-language} attributes and modelines use them
 * @param extensions   file extensions without the leading dot, in lower case; may contain dots, such as {@code d.ts}
 * @param fileNames    exact file names, such as {@code Makefile}
 * @param interpreters shebang interpreter names without version, such as {@code python}
 * @param syntax       the name of the syntax in the resource's {@code syntaxes} section
 * @param complexity   the name of the complexity rules in the {@code complexity} section, or {@code null}
 */
public record LanguageDefinition(String name, LanguageType type, List<String> aliases, List<String> extensions,
                                 List<String> fileNames, List<String> interpreters, String syntax,
                                 String complexity) {

    public LanguageDefinition {
        aliases = copy(aliases);
        extensions = copy(extensions);
        fileNames = copy(fileNames);
        interpreters = copy(interpreters);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
