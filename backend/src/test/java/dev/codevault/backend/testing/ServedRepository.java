package dev.codevault.backend.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A bare repository that a {@link GitHttpServer} serves, changed the way pushes change a server's repository:
 * new commits on a branch, a forced update to unrelated history, a deleted branch.
 */
public final class ServedRepository implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Test Author", "author@example.com");

    private final Repository repository;

    private ServedRepository(Repository repository) {
        this.repository = repository;
    }

    /** Creates an empty bare repository in the folder, with HEAD on {@code main}. */
    public static ServedRepository create(Path folder) {
        try {
            Repository repository = FileRepositoryBuilder.create(folder.toFile());
            repository.create(true);
            RefUpdate head = repository.getRefDatabase().newUpdate(Constants.HEAD, false);
            head.link(Constants.R_HEADS + "main");
            return new ServedRepository(repository);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the bare repository in the folder, or creates it as {@link #create} does when the folder is new. */
    public static ServedRepository openOrCreate(Path folder) {
        if (!Files.isDirectory(folder.resolve("objects"))) {
            return create(folder);
        }
        try {
            return new ServedRepository(FileRepositoryBuilder.create(folder.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a commit with exactly these files on top of the branch, creating the branch when it is new. */
    public String commit(String branch, Map<String, String> files, String message) {
        ObjectId parent = head(branch);
        return write(branch, files, message, parent, false);
    }

    /** Replaces the branch with a new commit that has no parent, as a forced push of rewritten history does. */
    public String forcePush(String branch, Map<String, String> files, String message) {
        return write(branch, files, message, null, true);
    }

    /** Deletes a branch. */
    public void deleteBranch(String branch) {
        try {
            RefUpdate update = repository.updateRef(Constants.R_HEADS + branch);
            update.setForceUpdate(true);
            requireSuccess(update.delete(), branch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the commit id of a branch, or {@code null} when it does not exist. */
    public ObjectId head(String branch) {
        try {
            return repository.resolve(Constants.R_HEADS + branch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        repository.close();
    }

    private String write(String branch, Map<String, String> files, String message, ObjectId parent, boolean force) {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            for (Map.Entry<String, String> file : files.entrySet()) {
                DirCacheEntry entry = new DirCacheEntry(file.getKey());
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(inserter.insert(Constants.OBJ_BLOB,
                        file.getValue().getBytes(StandardCharsets.UTF_8)));
                builder.add(entry);
            }
            builder.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            commit.setAuthor(AUTHOR);
            commit.setCommitter(AUTHOR);
            commit.setMessage(message);
            if (parent != null) {
                commit.setParentId(parent);
            }
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(Constants.R_HEADS + branch);
            update.setNewObjectId(id);
            update.setForceUpdate(force);
            requireSuccess(update.update(), branch);
            return id.name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireSuccess(RefUpdate.Result result, String branch) {
        switch (result) {
            case NEW, FAST_FORWARD, FORCED, NO_CHANGE -> {
            }
            default -> throw new IllegalStateException("updating branch " + branch + " failed: " + result);
        }
    }
}
