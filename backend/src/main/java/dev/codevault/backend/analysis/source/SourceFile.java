package dev.codevault.backend.analysis.source;

/** One regular file of a {@link SourceTree}. */
public interface SourceFile {

    /** Returns the path inside the tree, with {@code /} separators and no leading slash. */
    String path();

    /**
     * Reads the file: the whole content when it has at most {@code maxBytes} bytes, otherwise its size, digest and
     * first bytes.
     *
     * @throws SourceException when the file cannot be read
     */
    FileContent read(long maxBytes);
}
