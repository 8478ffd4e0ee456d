package dev.codevault.backend.analysis.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;

/**
 * The files of one commit, read straight from the git object database with JGit: no checkout, so it works on bare
 * and non-bare repositories alike. Symbolic links and submodules are skipped.
 *
 * <p>The caller keeps ownership of the repository and closes it after the analysis.
 */
public final class GitCommitSource implements SourceTree {

    private static final String ATTRIBUTES_FILE = ".gitattributes";

    private final Repository repository;
    private final String input;
    private final ObjectId commitId;
    private final ObjectId treeId;

    private GitCommitSource(Repository repository, String input, ObjectId commitId, ObjectId treeId) {
        this.repository = repository;
        this.input = input;
        this.commitId = commitId;
        this.treeId = treeId;
    }

    /**
     * Resolves the revision in the repository and returns the tree of that commit.
     *
     * @param repository an open repository, owned by the caller
     * @param input      how the user named the repository, for messages
     * @param revision   any revision JGit resolves, for example {@code HEAD}, a branch, a tag or a commit id
     * @throws SourceException when the revision does not name a commit
     */
    public static GitCommitSource at(Repository repository, String input, String revision) {
        try (RevWalk revWalk = new RevWalk(repository)) {
            ObjectId resolved = repository.resolve(revision + "^{commit}");
            if (resolved == null && !repository.getRefDatabase().hasRefs()) {
                throw new SourceException(input, "this repository has no commits yet",
                        "Commit the files first, or pass --working-tree to read the folder's files");
            }
            if (resolved == null) {
                throw revisionNotFound(input, revision, null);
            }
            RevCommit commit = revWalk.parseCommit(resolved);
            return new GitCommitSource(repository, input, commit.copy(), commit.getTree().copy());
        } catch (RevisionSyntaxException | MissingObjectException e) {
            throw revisionNotFound(input, revision, e);
        } catch (IncorrectObjectTypeException e) {
            throw new SourceException(input, "", "revision '" + revision + "' names a tree or blob, not a commit",
                    "Pass a branch, tag or commit id, for example --rev HEAD", null);
        } catch (IOException e) {
            throw new SourceException(input, "", "cannot read revision '" + revision + "' from this repository",
                    "Check that the repository is not damaged, for example with git fsck", e);
        }
    }

    @Override
    public SourceInfo info() {
        return new SourceInfo(SourceKind.GIT_COMMIT, commitId.name());
    }

    @Override
    public void walk(Predicate<String> pathFilter, Consumer<SourceFile> visitor) {
        try {
            Set<String> attributeFiles = visitAttributeFiles(pathFilter, visitor);
            visitOtherFiles(pathFilter, visitor, attributeFiles);
        } catch (IOException e) {
            throw new SourceException(input, "", "cannot read the tree of commit " + commitId.name(),
                    "Check that the repository is not damaged, for example with git fsck", e);
        }
    }

    /** Visits every {@code .gitattributes} first, so that its rules are known before the files they apply to. */
    private Set<String> visitAttributeFiles(Predicate<String> pathFilter, Consumer<SourceFile> visitor)
            throws IOException {
        Set<String> visited = new HashSet<>();
        try (TreeWalk treeWalk = newTreeWalk()) {
            treeWalk.setFilter(PathSuffixFilter.create(ATTRIBUTES_FILE));
            while (treeWalk.next()) {
                String path = treeWalk.getPathString();
                boolean exactName = treeWalk.getNameString().equals(ATTRIBUTES_FILE);
                if (exactName && isRegularFile(treeWalk.getFileMode(0)) && pathFilter.test(path)) {
                    visited.add(path);
                    visitor.accept(new BlobFile(path, treeWalk.getObjectId(0)));
                }
            }
        }
        return visited;
    }

    private void visitOtherFiles(Predicate<String> pathFilter, Consumer<SourceFile> visitor, Set<String> skipped)
            throws IOException {
        try (TreeWalk treeWalk = newTreeWalk()) {
            while (treeWalk.next()) {
                String path = treeWalk.getPathString();
                if (isRegularFile(treeWalk.getFileMode(0)) && !skipped.contains(path) && pathFilter.test(path)) {
                    visitor.accept(new BlobFile(path, treeWalk.getObjectId(0)));
                }
            }
        }
    }

    private TreeWalk newTreeWalk() throws IOException {
        TreeWalk treeWalk = new TreeWalk(repository);
        treeWalk.setRecursive(true);
        treeWalk.addTree(treeId);
        return treeWalk;
    }

    private static boolean isRegularFile(FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    private static SourceException revisionNotFound(String input, String revision, Exception cause) {
        return new SourceException(input, "", "revision '" + revision + "' does not name a commit here",
                "Pass a branch, tag or commit id that exists, for example --rev HEAD", cause);
    }

    private final class BlobFile implements SourceFile {

        private final String path;
        private final ObjectId blobId;

        private BlobFile(String path, ObjectId blobId) {
            this.path = path;
            this.blobId = blobId;
        }

        @Override
        public String path() {
            return path;
        }

        /** Opens the blob with a reader of its own, so workers can read blobs in parallel. */
        @Override
        public FileContent read(long maxBytes) {
            try {
                ObjectLoader loader = repository.open(blobId, Constants.OBJ_BLOB);
                if (loader.getSize() <= maxBytes) {
                    return new FileContent.Whole(loader.getCachedBytes((int) maxBytes));
                }
                try (InputStream in = loader.openStream()) {
                    return FileContents.read(in, maxBytes);
                }
            } catch (IOException e) {
                throw new SourceException(input, path, "cannot read blob " + blobId.name(),
                        "Check that the repository is not damaged, for example with git fsck", e);
            }
        }
    }
}
