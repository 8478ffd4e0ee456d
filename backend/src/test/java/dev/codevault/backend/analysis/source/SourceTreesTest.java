package dev.codevault.backend.analysis.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codevault.backend.analysis.testing.Archives;
import dev.codevault.backend.analysis.testing.GitRepos;
import dev.codevault.backend.analysis.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreesTest {

    private static final long LIMIT = 1 << 20;

    @TempDir
    Path folder;

    @Test
    void plainFolderIsReadFromDisk() {
        Trees.write(folder, Map.of("a.txt", "x"));

        try (OpenedSource source = SourceTrees.open(folder, "", false, LIMIT)) {
            assertThat(source.tree().info().kind()).isEqualTo(SourceKind.DIRECTORY);
        }
    }

    @Test
    void repositoryFolderIsReadAtHead() {
        try (Git git = GitRepos.init(folder)) {
            GitRepos.commit(git, Map.of("a.txt", "x"), "First");
        }

        try (OpenedSource source = SourceTrees.open(folder, "", false, LIMIT)) {
            assertThat(source.tree().info().kind()).isEqualTo(SourceKind.GIT_COMMIT);
        }
    }

    @Test
    void bareRepositoryIsReadAtHead() {
        Path bare;
        try (Git git = GitRepos.init(folder.resolve("work"))) {
            GitRepos.commit(git, Map.of("a.txt", "x"), "First");
            bare = GitRepos.cloneBare(git, folder.resolve("bare.git"));
        }

        try (OpenedSource source = SourceTrees.open(bare, "", false, LIMIT)) {
            assertThat(Trees.read(source.tree())).containsOnlyKeys("a.txt");
        }
    }

    @Test
    void workingTreeOptionReadsRepositoryFilesFromDisk() {
        try (Git git = GitRepos.init(folder)) {
            GitRepos.commit(git, Map.of("a.txt", "x"), "First");
        }
        Trees.write(folder, Map.of("uncommitted.txt", "y"));

        try (OpenedSource source = SourceTrees.open(folder, "", true, LIMIT)) {
            assertThat(Trees.read(source.tree())).containsOnlyKeys("a.txt", "uncommitted.txt");
        }
    }

    @Test
    void archiveFormatComesFromTheName() throws IOException {
        Path archive = Files.write(folder.resolve("code.tgz"),
                Archives.of(ArchiveFormat.TAR_GZ, Map.of("a.txt", "x")));

        try (OpenedSource source = SourceTrees.open(archive, "", false, LIMIT)) {
            assertThat(Trees.read(source.tree())).containsOnlyKeys("a.txt");
        }
    }

    @Test
    void archiveFormatFromContentAsFallback() throws IOException {
        Path archive = Files.write(folder.resolve("upload.bin"),
                Archives.of(ArchiveFormat.ZIP, Map.of("a.txt", "x")));

        try (OpenedSource source = SourceTrees.open(archive, "", false, LIMIT)) {
            assertThat(source.tree().info().kind()).isEqualTo(SourceKind.ARCHIVE);
        }
    }

    @Test
    void rejectsMissingPath() {
        Path missing = folder.resolve("missing");

        assertThatThrownBy(() -> SourceTrees.open(missing, "", false, LIMIT))
                .isInstanceOf(SourceException.class)
                .hasMessage(missing + ": not found. Check the path. The command reads a folder, a git repository, an "
                        + "archive, or the https URL of a remote git repository.");
    }

    @Test
    void rejectsFileThatIsNoArchive() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.txt"), "just text");

        assertThatThrownBy(() -> SourceTrees.open(text, "", false, LIMIT))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("not a folder, a git repository or an archive")
                .hasMessageContaining(".tar.gz");
    }

    @Test
    void rejectsRevisionForPlainFolder() {
        assertThatThrownBy(() -> SourceTrees.open(folder, "main", false, LIMIT))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("--rev needs a git repository");
    }

    @Test
    void rejectsRevisionThatDoesNotExist() {
        try (Git git = GitRepos.init(folder)) {
            GitRepos.commit(git, Map.of("a.txt", "x"), "First");
        }

        assertThatThrownBy(() -> SourceTrees.open(folder, "v9.9", false, LIMIT))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("revision 'v9.9' does not name a commit");
    }

    @Test
    void rejectsRepositoryWithoutCommits() {
        GitRepos.init(folder).close();

        assertThatThrownBy(() -> SourceTrees.open(folder, "", false, LIMIT))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("this repository has no commits yet")
                .hasMessageContaining("--working-tree");
    }
}
