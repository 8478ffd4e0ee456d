package dev.codevault.backend.analysis.classify;

/**
 * Where a file is counted. Only {@link #SOURCE} and {@link #DOCUMENTATION} files count towards the language
 * totals; every other category is reported apart.
 */
public enum FileCategory {
    /** First-party files in a known language. */
    SOURCE,
    /** Files in a known language under documentation folders or with documentation names, such as README. */
    DOCUMENTATION,
    /** Third-party files: dependency folders, bundled libraries and build tool wrappers. */
    VENDORED,
    /** Files a tool wrote: generator markers, lock files, protocol buffer output and the like. */
    GENERATED,
    /** Text with very long lines and little whitespace, such as minified JavaScript or CSS. */
    MINIFIED,
    /** Files that are not text, told by NUL and other control bytes. */
    BINARY,
    /** Files over the size limit, hashed but not measured. */
    OVERSIZED,
    /** First-party text files in no language the engine knows. */
    UNRECOGNISED;

    /** Returns whether files of this category count towards the language totals. */
    public boolean countsInLanguages() {
        return this == SOURCE || this == DOCUMENTATION;
    }
}
