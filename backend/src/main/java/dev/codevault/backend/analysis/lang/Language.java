package dev.codevault.backend.analysis.lang;

/**
 * A language known to the engine, as the language definitions describe it.
 *
 * @param name the display name, unique across the definitions, for example {@code C++}
 * @param type the broad kind of the language
 */
public record Language(String name, LanguageType type) {
}
