package dev.codevault.backend.mirror;

import dev.codevault.backend.sources.GitCredential;
import dev.codevault.backend.sources.GitSettings;
import dev.codevault.backend.sources.ReadContext;
import dev.codevault.backend.sources.RemoteUrl;
import dev.codevault.backend.storage.VaultStorage;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors a git remote into a vault's bare repository. The first run clones into a temporary repository and renames
 * it into place only when the clone is complete and within the size limit; later runs fetch into the repository,
 * with prune. The repository's HEAD follows the analysed branch.
 */
@Singleton
public class RepositoryMirror {

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryMirror.class);

    private final GitRemote remote;
    private final VaultStorage storage;
    private final GitSettings settings;

    RepositoryMirror(GitRemote remote, VaultStorage storage, GitSettings settings) {
        this.remote = remote;
        this.storage = storage;
        this.settings = settings;
    }

    /**
     * Brings the vault repository up to date with the remote.
     *
     * @param branch the branch to analyse, or {@code null} for the remote's default branch
     * @throws MirrorFailure when the remote cannot be read, the branch is missing or the repository is too large;
     *                       a failed first clone leaves no repository behind
     */
    public MirrorResult mirror(String repositoryName, RemoteUrl url, @Nullable String branch,
                               @Nullable GitCredential credential, MirrorProgress progress) {
        FetchLimits limits = new FetchLimits(settings.idleTimeout(), settings.maxDuration(),
                settings.maxRepositoryBytes());
        String followed = branch != null ? branch : defaultBranch(url, credential);
        if (storage.exists(repositoryName)) {
            return fetchInto(repositoryName, url, followed, credential, limits, progress);
        }
        return firstClone(repositoryName, url, followed, credential, limits, progress);
    }

    /**
     * Asks the remote for its default branch. A fetch does not tell: with protocol v2 it lists only the refs that
     * match its ref specs, and HEAD does not.
     */
    private String defaultBranch(RemoteUrl url, @Nullable GitCredential credential) {
        RemoteRefs refs = remote.listRefs(url, credential, settings.idleTimeout(), ReadContext.MIRROR_RUN);
        String found = refs.defaultBranch();
        if (found == null) {
            throw GitRemote.branchNotFound(url, null);
        }
        return found;
    }

    private MirrorResult fetchInto(String repositoryName, RemoteUrl url, String branch,
                                   @Nullable GitCredential credential, FetchLimits limits, MirrorProgress progress) {
        Path folder = storage.repositoryPath(repositoryName);
        try (Repository repository = open(folder)) {
            RemoteRefs refs = remote.fetch(repository, folder, url, credential, limits, progress,
                    ReadContext.MIRROR_RUN);
            String commitId = pointHeadAt(repository, refs, branch, url);
            return new MirrorResult(branch, commitId, RunMonitor.sizeOf(folder), false);
        }
    }

    private MirrorResult firstClone(String repositoryName, RemoteUrl url, String branch,
                                    @Nullable GitCredential credential, FetchLimits limits, MirrorProgress progress) {
        Path partial = storage.createPartialRepository();
        MirrorResult result;
        try (Repository repository = open(partial)) {
            RemoteRefs refs = remote.fetch(repository, partial, url, credential, limits, progress,
                    ReadContext.MIRROR_RUN);
            String commitId = pointHeadAt(repository, refs, branch, url);
            result = new MirrorResult(branch, commitId, RunMonitor.sizeOf(partial), true);
        } catch (RuntimeException e) {
            storage.deletePartial(partial);
            throw e;
        }
        storage.publish(partial, repositoryName);
        LOG.debug("Published a first clone of {} bytes", result.repositoryBytes());
        return result;
    }

    private static Repository open(Path folder) {
        try {
            return FileRepositoryBuilder.create(folder.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("opening a vault repository failed", e);
        }
    }

    /** Points HEAD at the branch, so the repository's default branch is the analysed one, and returns its commit. */
    private static String pointHeadAt(Repository repository, RemoteRefs fetched, String followed, RemoteUrl url) {
        if (!fetched.branches().containsKey(followed)) {
            throw GitRemote.branchNotFound(url, followed);
        }
        try {
            ObjectId commit = repository.resolve(Constants.R_HEADS + followed + "^{commit}");
            if (commit == null) {
                throw GitRemote.branchNotFound(url, followed);
            }
            RefUpdate head = repository.getRefDatabase().newUpdate(Constants.HEAD, false);
            head.link(Constants.R_HEADS + followed);
            return commit.name();
        } catch (IOException e) {
            throw new UncheckedIOException("updating the HEAD of a vault repository failed", e);
        }
    }
}
