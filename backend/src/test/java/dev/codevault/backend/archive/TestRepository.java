package dev.codevault.backend.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** A bare repository in a test folder, with the views that the import tests compare. */
final class TestRepository implements AutoCloseable {

    private static final Pattern LOOSE_OBJECT = Pattern.compile("objects/[0-9a-f]{2}/[0-9a-f]{38}");

    private final Repository repository;

    private TestRepository(Repository repository) {
        this.repository = repository;
    }

    /** Creates an empty bare repository in the folder. */
    static TestRepository create(Path folder) {
        try {
            // Closing the Git facade would close the repository too; close() does that once, when the test ends.
            Git git = Git.init().setBare(true).setInitialBranch("main").setDirectory(folder.toFile()).call();
            return new TestRepository(git.getRepository());
        } catch (GitAPIException e) {
            throw new IllegalStateException("Creating a test repository failed", e);
        }
    }

    Repository repository() {
        return repository;
    }

    /** Returns the commit the import branch points to, or null. */
    ObjectId tip() {
        try {
            Ref ref = repository.exactRef(ArchiveImporter.BRANCH);
            return ref == null ? null : ref.getObjectId();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the parsed commit. */
    RevCommit commit(ObjectId id) {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns every file of the commit's tree with its content as text. */
    Map<String, String> texts(ObjectId commit) {
        return files(commit).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new String(entry.getValue().content(), StandardCharsets.UTF_8), (a, b) -> a,
                TreeMap::new));
    }

    /** Returns every file of the commit's tree with its mode and content, sorted by path. */
    Map<String, StoredFile> files(ObjectId commit) {
        Map<String, StoredFile> files = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository);
             ObjectReader reader = repository.newObjectReader()) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                byte[] content = reader.open(tree.getObjectId(0), Constants.OBJ_BLOB).getBytes();
                files.put(tree.getPathString(), new StoredFile(tree.getFileMode(0), content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Returns what a failed import must leave unchanged: the refs, the commits and every file but loose objects. */
    Snapshot snapshot() {
        try {
            Map<String, ObjectId> refs = new TreeMap<>();
            for (Ref ref : repository.getRefDatabase().getRefs()) {
                refs.put(ref.getName(), ref.getObjectId());
            }
            return new Snapshot(refs, commitIds(), otherFiles());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        repository.close();
    }

    private Set<String> commitIds() throws IOException {
        Path objects = repository.getDirectory().toPath().resolve("objects");
        try (Stream<Path> files = Files.walk(objects); ObjectReader reader = repository.newObjectReader()) {
            Set<String> commits = new TreeSet<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = repository.getDirectory().toPath().relativize(file).toString().replace('\\', '/');
                if (LOOSE_OBJECT.matcher(relative).matches()) {
                    ObjectId id = ObjectId.fromString(relative.substring(8, 10) + relative.substring(11));
                    if (reader.open(id).getType() == Constants.OBJ_COMMIT) {
                        commits.add(id.name());
                    }
                }
            }
            return commits;
        }
    }

    private Set<String> otherFiles() throws IOException {
        Path root = repository.getDirectory().toPath();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !LOOSE_OBJECT.matcher(path).matches())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * The state of a repository that a failed import must not change.
     *
     * @param refs       every ref with its target
     * @param commits    the ids of every commit object
     * @param otherFiles every file that is not a loose object, so any temporary file shows here
     */
    record Snapshot(Map<String, ObjectId> refs, Set<String> commits, Set<String> otherFiles) {
    }

    /**
     * A file in a commit's tree.
     *
     * @param mode    the git file mode
     * @param content the blob's bytes
     */
    record StoredFile(FileMode mode, byte[] content) {
    }
}
