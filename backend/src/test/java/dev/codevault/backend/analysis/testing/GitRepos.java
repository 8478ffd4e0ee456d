package dev.codevault.backend.analysis.testing;

import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/** Creates git repositories with JGit for tests. */
public final class GitRepos {

    private GitRepos() {
    }

    /** Creates a repository with a work tree at the folder. */
    public static Git init(Path folder) {
        try {
            return Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
        } catch (GitAPIException e) {
            throw new IllegalStateException("Creating a test repository failed", e);
        }
    }

    /** Writes the files into the work tree, stages everything and commits it. */
    public static RevCommit commit(Git git, Map<String, String> files, String message) {
        Path workTree = git.getRepository().getWorkTree().toPath();
        Trees.write(workTree, files);
        try {
            git.add().addFilepattern(".").call();
            return git.commit().setMessage(message).setAuthor("Test", "test@example.com")
                    .setCommitter("Test", "test@example.com").setSign(false).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException("Committing in a test repository failed", e);
        }
    }

    /** Clones the repository into a bare repository at the target folder. */
    public static Path cloneBare(Git source, Path target) {
        String uri = source.getRepository().getDirectory().toURI().toString();
        try (Git bare = Git.cloneRepository().setURI(uri).setBare(true).setDirectory(target.toFile()).call()) {
            return target;
        } catch (GitAPIException e) {
            throw new IllegalStateException("Cloning a test repository failed", e);
        }
    }
}
