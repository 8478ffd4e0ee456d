package dev.codevault.backend.mirror;

import dev.codevault.backend.sources.GitCredential;
import dev.codevault.backend.sources.NetworkPolicy;
import dev.codevault.backend.sources.ReadContext;
import dev.codevault.backend.sources.RemoteUrl;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FileUtils;

/**
 * A bare copy of a remote's branches and tags in a temporary folder, for a one-off analysis outside the server. It
 * reads the remote the way the mirror does: with {@link GitRemote}, so the same network policy is checked on every
 * connection, and never writes to it. Closing it deletes the folder.
 */
public final class RemoteClone implements AutoCloseable {

    private final Path folder;
    private final Path repository;

    private RemoteClone(Path folder, Path repository) {
        this.folder = folder;
        this.repository = repository;
    }

    /**
     * Fetches the remote's branches and tags into a new folder under {@code tempRoot}, with HEAD on the remote's
     * default branch. The folder is deleted again when the fetch fails.
     *
     * @param tls        the TLS layer of the connections, with the certificates to trust
     * @param credential the login, or {@code null} for a public repository
     * @throws MirrorFailure when the remote cannot be read
     */
    public static RemoteClone fetch(RemoteUrl url, NetworkPolicy policy, SSLSocketFactory tls,
                                    @Nullable GitCredential credential, FetchLimits limits, Path tempRoot) {
        Path folder = createFolder(tempRoot);
        try {
            Path repositoryFolder = folder.resolve("repository.git");
            GitRemote remote = new GitRemote(policy, tls, Clock.systemUTC());
            String defaultBranch = remote.listRefs(url, credential, limits.idleTimeout(),
                    ReadContext.COMMAND_LINE).defaultBranch();
            try (Repository repository = FileRepositoryBuilder.create(repositoryFolder.toFile())) {
                repository.create(true);
                remote.fetch(repository, repositoryFolder, url, credential, limits, MirrorProgress.NONE,
                        ReadContext.COMMAND_LINE);
                if (defaultBranch != null) {
                    RefUpdate head = repository.getRefDatabase().newUpdate(Constants.HEAD, false);
                    head.link(Constants.R_HEADS + defaultBranch);
                }
            }
            return new RemoteClone(folder, repositoryFolder);
        } catch (IOException e) {
            throw deletingAfter(folder, new UncheckedIOException("creating a repository in the temporary folder "
                    + "failed", e));
        } catch (RuntimeException e) {
            throw deletingAfter(folder, e);
        }
    }

    /** Returns the bare repository's folder. */
    public Path repository() {
        return repository;
    }

    /** Deletes the temporary folder with everything in it. */
    @Override
    public void close() {
        delete(folder);
    }

    /** Deletes the folder after a failure and returns the failure, with a failed deletion attached to it. */
    private static RuntimeException deletingAfter(Path folder, RuntimeException failure) {
        try {
            delete(folder);
        } catch (UncheckedIOException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private static Path createFolder(Path tempRoot) {
        try {
            return Files.createTempDirectory(tempRoot, "codevault-clone-");
        } catch (IOException e) {
            throw new UncheckedIOException("creating a temporary folder under " + tempRoot + " failed", e);
        }
    }

    private static void delete(Path folder) {
        try {
            FileUtils.delete(folder.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
        } catch (IOException e) {
            throw new UncheckedIOException("deleting the temporary folder " + folder + " failed", e);
        }
    }
}
