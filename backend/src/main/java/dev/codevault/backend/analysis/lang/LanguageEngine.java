package dev.codevault.backend.analysis.lang;

import java.util.Collection;
import java.util.Optional;

/**
 * Detects the language of source files and measures them: lines by kind and cyclomatic complexity.
 * Implementations are immutable after loading and safe to share between threads.
 */
public interface LanguageEngine {

    /**
     * Detects the language of a file from its path (extension, file name), its shebang and editor modeline, and
     * content rules for ambiguous extensions.
     *
     * @param path    the path inside the analysed tree, with {@code /} separators and no leading slash
     * @param content the whole file as stored, BOM and all
     * @return the language, or empty when none fits
     */
    Optional<Language> detect(String path, byte[] content);

    /**
     * Finds a language by its name or one of its aliases, ignoring case, as a {@code linguist-language}
     * attribute or a modeline names it.
     */
    Optional<Language> byName(String nameOrAlias);

    /**
     * Measures a file in a known language. Never throws on malformed or truncated content.
     *
     * @param language the language, from {@link #detect} or {@link #byName}
     * @param content  the whole file as stored; a UTF-8 BOM is skipped and UTF-16 with a BOM is decoded
     */
    FileMeasure measure(Language language, byte[] content);

    /** Returns every language the definitions describe. */
    Collection<Language> languages();
}
