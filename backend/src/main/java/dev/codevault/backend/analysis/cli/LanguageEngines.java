package dev.codevault.backend.analysis.cli;

import dev.codevault.backend.analysis.lang.LanguageEngine;

/** Provides the language engine the command line uses. */
final class LanguageEngines {

    private LanguageEngines() {
    }

    /** Returns the standard language engine with its built-in definitions. */
    static LanguageEngine standard() {
        // TODO: return the real engine once the language engine offers a factory; until then the command fails here.
        throw new IllegalStateException("No language engine is available in this build");
    }
}
