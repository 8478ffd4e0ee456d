package dev.codevault.backend.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * The files written so far by one import, turned into git trees at the end through an in-memory index (JGit's
 * {@link DirCache}), which sorts the paths the way git orders tree entries. Holds one small record per file.
 */
final class ImportedTree {

    private final List<ImportedFile> files = new ArrayList<>();

    /** Records a file whose blob is written. */
    void add(String path, boolean executable, ObjectId blob) {
        files.add(new ImportedFile(path, executable ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE, blob));
    }

    /**
     * Writes the trees of every recorded file with the prefix removed from its path, and returns the root tree.
     *
     * @param strippedPrefix the top-level folder to remove, with its slash, which every path starts with
     * @throws IOException when writing a tree fails
     */
    ObjectId write(ObjectInserter inserter, String strippedPrefix) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (ImportedFile file : files) {
            if (!file.path().startsWith(strippedPrefix)) {
                throw new IllegalStateException("path outside the stripped folder " + strippedPrefix);
            }
            DirCacheEntry entry = new DirCacheEntry(file.path().substring(strippedPrefix.length()));
            entry.setFileMode(file.mode());
            entry.setObjectId(file.blob());
            builder.add(entry);
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    private record ImportedFile(String path, FileMode mode, ObjectId blob) {
    }
}
