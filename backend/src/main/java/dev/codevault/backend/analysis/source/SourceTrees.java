package dev.codevault.backend.analysis.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Opens the tree that a path on disk holds: a git repository at a revision, a plain folder or an archive. */
public final class SourceTrees {

    /** The revision read from a repository when none is given. */
    public static final String DEFAULT_REVISION = "HEAD";

    private SourceTrees() {
    }

    /**
     * Opens the tree at the path.
     *
     * <ul>
     *   <li>A bare repository, or a folder with {@code .git}, is read at the revision ({@code HEAD} when empty),
     *       unless {@code workingTree} is true, which reads the files on disk.</li>
     *   <li>Any other folder is read from disk.</li>
     *   <li>A file is read as an archive, its format taken from the name or else from its first bytes.</li>
     * </ul>
     *
     * @param path        the folder, repository or archive
     * @param revision    the revision to read from a repository, or an empty string for {@code HEAD}
     * @param workingTree {@code true} to read the files of a repository's folder instead of a commit
     * @param maxBytes    the size limit above which archive entries are streamed instead of held in memory
     * @throws SourceException when the path is none of these, or the revision does not exist
     */
    public static OpenedSource open(Path path, String revision, boolean workingTree, long maxBytes) {
        String input = path.toString();
        if (!Files.exists(path)) {
            throw new SourceException(input, "not found", "Check the path. The command reads a folder, a git "
                    + "repository, an archive, or the https URL of a remote git repository");
        }
        if (Files.isDirectory(path)) {
            return openFolder(path, revision, workingTree);
        }
        if (!revision.isEmpty()) {
            throw new SourceException(input, "--rev needs a git repository, and this is a file",
                    "Pass a repository folder, or leave out --rev");
        }
        if (!Files.isReadable(path)) {
            throw new SourceException(input, "cannot read this file", "Check its permissions");
        }
        if (isEmpty(path)) {
            throw new SourceException(input, "this file is empty, so it is no archive",
                    "Pass a folder, a git repository or an archive (" + ArchiveFormat.knownSuffixes() + ")");
        }
        return new OpenedSource(new ArchiveSource(input, archiveFormat(path), () -> Files.newInputStream(path),
                maxBytes), null);
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static OpenedSource openFolder(Path path, String revision, boolean workingTree) {
        String input = path.toString();
        Optional<Path> gitDir = workingTree ? Optional.empty() : gitDirectory(path);
        if (gitDir.isEmpty()) {
            if (!revision.isEmpty()) {
                throw new SourceException(input, "--rev needs a git repository, and this folder is none",
                        "Pass a repository folder, or leave out --rev");
            }
            return new OpenedSource(new DirectorySource(path), null);
        }
        Repository repository = openRepository(input, gitDir.get());
        String resolvable = revision.isEmpty() ? DEFAULT_REVISION : revision;
        try {
            return new OpenedSource(GitCommitSource.at(repository, input, resolvable), repository);
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    /** Returns the git directory of a bare repository, of a folder with {@code .git}, or of a linked work tree. */
    private static Optional<Path> gitDirectory(Path folder) {
        if (isBareRepository(folder)) {
            return Optional.of(folder);
        }
        Path dotGit = folder.resolve(".git");
        if (Files.isDirectory(dotGit) || Files.isRegularFile(dotGit)) {
            return Optional.of(dotGit);
        }
        return Optional.empty();
    }

    /**
     * Returns whether the folder has the layout of a git directory: {@code HEAD}, {@code objects} and {@code refs}.
     * Checked by hand, because JGit's own check first detects the file system, which costs a noticeable part of the
     * command's start for plain folders.
     */
    private static boolean isBareRepository(Path folder) {
        return Files.isRegularFile(folder.resolve("HEAD")) && Files.isDirectory(folder.resolve("objects"))
                && Files.isDirectory(folder.resolve("refs"));
    }

    private static Repository openRepository(String input, Path gitDir) {
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
            if (Files.isRegularFile(gitDir)) {
                builder.setWorkTree(gitDir.getParent().toFile());
            } else {
                builder.setGitDir(gitDir.toFile());
            }
            return builder.build();
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceException(input, "", "cannot open this git repository",
                    "Check that it is not damaged, or pass --working-tree to read the folder's files", e);
        }
    }

    private static ArchiveFormat archiveFormat(Path path) {
        Optional<ArchiveFormat> byName = ArchiveFormat.byName(path.getFileName().toString());
        if (byName.isPresent()) {
            return byName.get();
        }
        return ArchiveFormat.byContent(readHead(path)).orElseThrow(() -> new SourceException(path.toString(),
                "not a folder, a git repository or an archive of a known format",
                "Pass a folder, a repository or an archive (" + ArchiveFormat.knownSuffixes() + ")"));
    }

    private static byte[] readHead(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw new SourceException(path.toString(), "", "cannot read this file", "Check its permissions", e);
        }
    }
}
