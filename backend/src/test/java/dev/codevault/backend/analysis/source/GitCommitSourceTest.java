package dev.codevault.backend.analysis.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codevault.backend.analysis.testing.GitRepos;
import dev.codevault.backend.analysis.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitSourceTest {

    @TempDir
    Path folder;

    private Git git;
    private RevCommit first;
    private RevCommit second;

    @BeforeEach
    void createRepository() {
        git = GitRepos.init(folder.resolve("work"));
        first = GitRepos.commit(git, Map.of("src/Main.java", "class Main {}\n"), "First");
        second = GitRepos.commit(git, Map.of("src/Main.java", "class Main { }\n", "README.md", "# Read me\n"),
                "Second");
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    @Nested
    class Revisions {

        @Test
        void readsHeadFromGitObjects() throws IOException {
            Files.delete(folder.resolve("work/README.md"));

            Map<String, String> read = Trees.read(GitCommitSource.at(git.getRepository(), "work", "HEAD"));

            assertThat(read).containsOnly(Map.entry("README.md", "# Read me\n"),
                    Map.entry("src/Main.java", "class Main { }\n"));
        }

        @Test
        void readsAnOlderCommitById() {
            GitCommitSource source = GitCommitSource.at(git.getRepository(), "work", first.name());

            Map<String, String> read = Trees.read(source);

            assertThat(read).containsOnly(Map.entry("src/Main.java", "class Main {}\n"));
        }

        @Test
        void readsATag() throws GitAPIException {
            git.tag().setName("v1").setObjectId(first).setAnnotated(true).setMessage("v1").setSigned(false).call();

            SourceInfo info = GitCommitSource.at(git.getRepository(), "work", "v1").info();

            assertThat(info).isEqualTo(new SourceInfo(SourceKind.GIT_COMMIT, first.name()));
        }

        @Test
        void reportsTheResolvedCommit() {
            SourceInfo info = GitCommitSource.at(git.getRepository(), "work", "main").info();

            assertThat(info.revision()).isEqualTo(second.name());
        }

        @Test
        void rejectsRevisionThatDoesNotExist() {
            assertThatThrownBy(() -> GitCommitSource.at(git.getRepository(), "work", "no-such-branch"))
                    .isInstanceOf(SourceException.class)
                    .hasMessageStartingWith("work: revision 'no-such-branch' does not name a commit")
                    .hasMessageContaining("--rev HEAD");
        }

        @Test
        void rejectsMalformedRevision() {
            assertThatThrownBy(() -> GitCommitSource.at(git.getRepository(), "work", "main^^^{tree"))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("does not name a commit");
        }
    }

    @Nested
    class BareRepository {

        @Test
        void readsTheSameFilesAsTheWorkTree() throws IOException {
            Path bare = GitRepos.cloneBare(git, folder.resolve("bare.git"));

            try (Repository repository = Git.open(bare.toFile()).getRepository()) {
                Map<String, String> read = Trees.read(GitCommitSource.at(repository, "bare.git", "HEAD"));

                assertThat(read).containsOnlyKeys("README.md", "src/Main.java");
            }
        }
    }

    @Nested
    class Ordering {

        @Test
        void visitsGitattributesBeforeOtherFiles() {
            GitRepos.commit(git, Map.of("!early.txt", "x", "sub/.gitattributes", "*.txt text\n",
                    ".gitattributes", "*.js linguist-vendored\n"), "Attributes");
            List<String> paths = new ArrayList<>();

            GitCommitSource.at(git.getRepository(), "work", "HEAD").walk(path -> true, file -> paths.add(file.path()));

            assertThat(paths.subList(0, 2)).containsExactlyInAnyOrder(".gitattributes", "sub/.gitattributes");
        }

        @Test
        void visitsEachFileOnce() {
            GitRepos.commit(git, Map.of(".gitattributes", "*.js linguist-vendored\n"), "Attributes");
            List<String> paths = new ArrayList<>();

            GitCommitSource.at(git.getRepository(), "work", "HEAD").walk(path -> true, file -> paths.add(file.path()));

            assertThat(paths).doesNotHaveDuplicates().hasSize(3);
        }
    }
}
