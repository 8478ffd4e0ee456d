package dev.codevault.backend.analysis.lang;

import java.io.InputStream;

/** Creates {@link LanguageEngine}s from language definitions. */
public final class LanguageEngines {

    private LanguageEngines() {
    }

    /**
     * Returns the engine over the definitions that ship with CodeVault. They are read and checked once, on the
     * first call; later calls return the same thread-safe instance.
     *
     * @throws IllegalStateException when the bundled definitions are missing or broken
     */
    public static LanguageEngine standard() {
        return Standard.ENGINE;
    }

    /**
     * Creates an engine over definitions in the JSON format of the bundled resource.
     *
     * @throws IllegalStateException when an entry is broken; the message names it
     */
    public static LanguageEngine fromDefinitions(InputStream definitions) {
        return new StandardLanguageEngine(LanguageCatalog.of(DefinitionsReader.read(definitions)));
    }

    /** Holds the standard engine so that it loads on first use, once, without locking. */
    private static final class Standard {
        private static final LanguageEngine ENGINE =
                new StandardLanguageEngine(LanguageCatalog.of(DefinitionsReader.readBundled()));
    }
}
