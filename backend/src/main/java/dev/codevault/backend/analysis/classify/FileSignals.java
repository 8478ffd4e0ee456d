package dev.codevault.backend.analysis.classify;

/**
 * What the built-in rules found in one file, before gitattributes overrides.
 *
 * @param binary        the content is not text
 * @param oversized     the file is over the size limit and was not measured
 * @param vendoredPath  the path is in a dependency folder or names a bundled library
 * @param generated     the name or the first bytes show a code generator or a lock file
 * @param minified      the text has very long lines and little whitespace
 * @param documentation the path is a documentation folder or file
 * @param hasLanguage   the engine knows the file's language
 */
public record FileSignals(boolean binary, boolean oversized, boolean vendoredPath, boolean generated,
                          boolean minified, boolean documentation, boolean hasLanguage) {
}
