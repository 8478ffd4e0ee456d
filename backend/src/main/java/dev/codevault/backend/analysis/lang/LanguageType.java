package dev.codevault.backend.analysis.lang;

/** Broad kind of a language; only programming languages count towards complexity and cost to replicate. */
public enum LanguageType {
    PROGRAMMING,
    MARKUP,
    DATA,
    PROSE
}
