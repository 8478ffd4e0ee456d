package dev.codevault.backend.analysis.source;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A tree of files to analyse: a folder, a git commit or an archive. A tree is read by walking it; a walk can be
 * repeated, and every walk sees the same files.
 */
public interface SourceTree {

    /** Returns the kind of tree and, for a git commit, the resolved commit id. */
    SourceInfo info();

    /**
     * Visits every regular file of the tree whose path the filter accepts, on the calling thread. Each
     * {@code .gitattributes} file is visited before the other files of its folder where the tree allows it (folders
     * and git commits do; archives keep their own entry order). Links, submodules and device files are skipped.
     *
     * <p>A visited {@link SourceFile} may be read later and from another thread.
     *
     * @throws SourceException when the tree cannot be read, naming the input and what to do
     */
    void walk(Predicate<String> pathFilter, Consumer<SourceFile> visitor);
}
