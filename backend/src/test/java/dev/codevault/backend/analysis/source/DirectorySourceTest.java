package dev.codevault.backend.analysis.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codevault.backend.analysis.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySourceTest {

    @TempDir
    Path root;

    @Test
    void visitsFilesWithRelativeSlashPaths() {
        Trees.write(root, Map.of("a/b/Main.java", "class Main {}\n", "top.txt", "text\n"));

        Map<String, String> read = Trees.read(new DirectorySource(root));

        assertThat(read).containsOnly(Map.entry("top.txt", "text\n"), Map.entry("a/b/Main.java", "class Main {}\n"));
    }

    @Test
    void visitsGitattributesBeforeTheFilesBesideIt() {
        Trees.write(root, Map.of("!first.txt", "x", "-dash.txt", "x", ".gitattributes", "*.txt text\n"));

        List<String> paths = new ArrayList<>(Trees.read(new DirectorySource(root)).keySet());

        assertThat(paths).first().isEqualTo(".gitattributes");
    }

    @Test
    void skipsVersionControlFolders() {
        Trees.write(root, Map.of(".git/config", "[core]\n", ".svn/entries", "x", "kept.txt", "x"));

        Map<String, String> read = Trees.read(new DirectorySource(root));

        assertThat(read).containsOnlyKeys("kept.txt");
    }

    @Test
    void skipsSymbolicLinks() throws IOException {
        Trees.write(root, Map.of("real.txt", "x"));
        Files.createSymbolicLink(root.resolve("link.txt"), root.resolve("real.txt"));

        Map<String, String> read = Trees.read(new DirectorySource(root));

        assertThat(read).containsOnlyKeys("real.txt");
    }

    @Test
    void unreadableFileNamesInputAndFile() throws IOException {
        Trees.write(root, Map.of("gone.txt", "x"));
        List<SourceFile> visited = new ArrayList<>();
        new DirectorySource(root).walk(path -> true, visited::add);
        Files.delete(root.resolve("gone.txt"));

        assertThatThrownBy(() -> visited.get(0).read(1000))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(root + ": gone.txt: cannot read this file")
                .hasMessageContaining("Check its permissions");
    }

    @Test
    void rejectsPathThatIsNoFolder() {
        Path missing = root.resolve("missing");

        assertThatThrownBy(() -> Trees.read(new DirectorySource(missing)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("not a folder");
    }
}
