package dev.codevault.backend.analysis.source;

import java.io.Closeable;
import org.eclipse.jgit.lib.Repository;

/**
 * A tree opened from a path by {@link SourceTrees}, with the repository it reads from, if any. Close it after the
 * analysis.
 */
public final class OpenedSource implements Closeable {

    private final SourceTree tree;
    private final Repository repository;

    OpenedSource(SourceTree tree, Repository repository) {
        this.tree = tree;
        this.repository = repository;
    }

    /** Returns the tree to analyse. */
    public SourceTree tree() {
        return tree;
    }

    /** Closes the git repository the tree reads from; does nothing for folders and archives. */
    @Override
    public void close() {
        if (repository != null) {
            repository.close();
        }
    }
}
