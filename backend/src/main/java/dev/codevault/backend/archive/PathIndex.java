package dev.codevault.backend.archive;

import static dev.codevault.backend.archive.Messages.quote;

import dev.codevault.backend.archive.ArchiveRejectedException.Reason;
import java.util.HashMap;
import java.util.Map;

/**
 * The normalised paths of one archive: it rejects duplicates and finds the single top-level folder.
 *
 * <ul>
 *   <li>Two files with the same path, and a path that is both a file and a folder (named by a folder entry, or
 *       implied by a file below it), are duplicates. A folder named twice is not: folder entries carry nothing that
 *       could differ, and tar archives extended with {@code tar -r} repeat them.</li>
 *   <li>Paths that differ only in case or in Unicode normalisation are different paths, as they are in git.</li>
 *   <li>The top-level folder is stripped when every file lies under one and the same first segment. Folder entries
 *       do not count: an empty folder next to the top-level folder is dropped with every other empty folder, because
 *       git cannot store it.</li>
 * </ul>
 *
 * <p>The index keeps every path and every folder above it in memory, so their characters are limited in total to
 * {@value #MAX_TOTAL_PATH_CHARS}: a project at the entry limit with paths of 300 characters on average fits, and a
 * hostile archive of very deep, distinct paths cannot fill the heap.
 */
final class PathIndex {

    /** The maximum number of characters of all paths and their folders together (64 Mi). */
    static final long MAX_TOTAL_PATH_CHARS = 64L << 20;

    private enum Kind { FILE, FOLDER }

    private final String archiveLabel;
    private final Map<String, Kind> kindByPath = new HashMap<>();

    private long totalChars;
    private String topFolder;
    private boolean severalTopFolders;
    private boolean fileAtRoot;

    PathIndex(String archiveLabel) {
        this.archiveLabel = archiveLabel;
    }

    /** Adds a file's path, with the folders above it. */
    void addFile(String name, String path) {
        addParents(name, path);
        Kind earlier = put(path, Kind.FILE);
        if (earlier == Kind.FILE) {
            throw new ArchiveRejectedException(Reason.DUPLICATE_ENTRY, "Entry " + quote(name) + " appears more than "
                    + "once in the archive as " + quote(path) + " (names are compared after dropping './' and empty "
                    + "segments and resolving '..'). Keep one copy and create the archive again.");
        }
        if (earlier == Kind.FOLDER) {
            throw bothFileAndFolder(name, path);
        }
        noteTopFolder(path);
    }

    /** Adds a folder's path, with the folders above it; the empty path of the root is ignored. */
    void addFolder(String name, String path) {
        if (path.isEmpty()) {
            return;
        }
        addParents(name, path);
        if (put(path, Kind.FOLDER) == Kind.FILE) {
            throw bothFileAndFolder(name, path);
        }
    }

    /** Returns the single top-level folder with a trailing slash, or an empty string when there is none. */
    String strippedPrefix() {
        if (topFolder == null || severalTopFolders || fileAtRoot) {
            return "";
        }
        return topFolder + "/";
    }

    private void addParents(String name, String path) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String parent = path.substring(0, slash);
            Kind earlier = put(parent, Kind.FOLDER);
            if (earlier == Kind.FILE) {
                throw bothFileAndFolder(name, parent);
            }
            if (earlier == Kind.FOLDER) {
                return;
            }
        }
    }

    private Kind put(String path, Kind kind) {
        Kind earlier = kindByPath.putIfAbsent(path, kind);
        if (earlier == null) {
            totalChars += path.length();
            if (totalChars > MAX_TOTAL_PATH_CHARS) {
                throw new ArchiveRejectedException(Reason.TOO_MANY_ENTRIES, archiveLabel + " contains paths that "
                        + "together are longer than " + MAX_TOTAL_PATH_CHARS + " characters, which no real project "
                        + "needs. Leave out deeply nested generated folders and create the archive again.");
            }
        }
        return earlier;
    }

    private void noteTopFolder(String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            fileAtRoot = true;
            return;
        }
        String first = path.substring(0, slash);
        if (topFolder == null) {
            topFolder = first;
        } else if (!topFolder.equals(first)) {
            severalTopFolders = true;
        }
    }

    private static ArchiveRejectedException bothFileAndFolder(String name, String path) {
        return new ArchiveRejectedException(Reason.DUPLICATE_ENTRY, "Entry " + quote(name) + " makes "
                + quote(path) + " both a file and a folder. Rename one of them and create the archive again.");
    }
}
