package dev.codevault.backend.analysis.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codevault.backend.analysis.testing.Archives;
import dev.codevault.backend.analysis.testing.Trees;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArchiveSourceTest {

    private static final Map<String, String> FILES = new LinkedHashMap<>(Map.of(
            "project/src/Main.java", "class Main {}\n",
            "project/README.md", "# Project\n"));

    private static ArchiveSource sourceOf(ArchiveFormat format, byte[] archive) {
        return new ArchiveSource("test-archive", format, () -> new ByteArrayInputStream(archive), 1 << 20);
    }

    @Nested
    class EachFormat {

        @ParameterizedTest
        @EnumSource(ArchiveFormat.class)
        void readsEveryRegularFile(ArchiveFormat format) {
            byte[] archive = Archives.of(format, FILES);

            Map<String, String> read = Trees.read(sourceOf(format, archive));

            assertThat(read).isEqualTo(FILES);
        }

        @ParameterizedTest
        @EnumSource(ArchiveFormat.class)
        void formatIsRecognisedFromContent(ArchiveFormat format) {
            byte[] archive = Archives.of(format, FILES);

            ArchiveFormat detected = ArchiveFormat.byContent(Arrays.copyOf(archive, 512)).orElseThrow();

            assertThat(detected).isEqualTo(format);
        }

        @ParameterizedTest
        @EnumSource(ArchiveFormat.class)
        void rejectsTruncatedArchive(ArchiveFormat format) {
            Map<String, String> large = Map.of("big.txt", "line of text that repeats\n".repeat(20_000));
            byte[] archive = Archives.of(format, large);
            byte[] truncated = Arrays.copyOf(archive, archive.length / 2);

            assertThatThrownBy(() -> Trees.read(sourceOf(format, truncated)))
                    .isInstanceOf(SourceException.class)
                    .hasMessageStartingWith("test-archive")
                    .hasMessageContaining("Check that the file is complete");
        }
    }

    @Nested
    class Entries {

        @Test
        void skipsDevicesFifosAndLinks() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
                byte[] content = "kept\n".getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry file = new TarArchiveEntry("kept.txt");
                file.setSize(content.length);
                tar.putArchiveEntry(file);
                tar.write(content);
                tar.closeArchiveEntry();
                for (byte type : new byte[] {TarConstants.LF_CHR, TarConstants.LF_BLK, TarConstants.LF_FIFO,
                    TarConstants.LF_SYMLINK, TarConstants.LF_LINK}) {
                    TarArchiveEntry special = new TarArchiveEntry("special" + (char) type, type);
                    special.setLinkName("kept.txt");
                    tar.putArchiveEntry(special);
                    tar.closeArchiveEntry();
                }
            }

            Map<String, String> read = Trees.read(sourceOf(ArchiveFormat.TAR, bytes.toByteArray()));

            assertThat(read).containsOnlyKeys("kept.txt");
        }

        @Test
        void entryNamesLoseSlashesAndDotSegments() {
            assertThat(ArchiveSource.normalize("/./a/../b//c.txt")).isEqualTo("a/b/c.txt");
        }

        @Test
        void oversizedEntryIsDigestedNotHeld() {
            byte[] archive = Archives.of(ArchiveFormat.TAR, Map.of("big.txt", "x".repeat(5000)));
            ArchiveSource source = new ArchiveSource("test-archive", ArchiveFormat.TAR,
                    () -> new ByteArrayInputStream(archive), 1000);
            List<FileContent> contents = new ArrayList<>();

            source.walk(path -> true, file -> contents.add(file.read(1000)));

            assertThat(contents).singleElement().isInstanceOfSatisfying(FileContent.Oversized.class,
                    oversized -> assertThat(oversized.size()).isEqualTo(5000));
        }

        @Test
        void pathFilterSkipsEntries() {
            byte[] archive = Archives.of(ArchiveFormat.ZIP, FILES);
            List<String> paths = new ArrayList<>();

            sourceOf(ArchiveFormat.ZIP, archive).walk(path -> path.endsWith(".md"), file -> paths.add(file.path()));

            assertThat(paths).containsExactly("project/README.md");
        }
    }

    @Nested
    class BrokenInput {

        @ParameterizedTest
        @EnumSource(value = ArchiveFormat.class, names = {"TAR_GZ", "TAR_BZ2", "TAR_XZ"})
        void rejectsBytesThatAreNoArchive(ArchiveFormat format) {
            byte[] garbage = "this is plain text, not a compressed archive".getBytes();

            assertThatThrownBy(() -> Trees.read(sourceOf(format, garbage)))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("cannot read this");
        }

        @Test
        void messageWithoutPathsLeavesOutTheInput() {
            byte[] garbage = "not gzip".getBytes();

            assertThatThrownBy(() -> Trees.read(sourceOf(ArchiveFormat.TAR_GZ, garbage)))
                    .isInstanceOfSatisfying(SourceException.class,
                            e -> assertThat(e.messageWithoutPaths()).doesNotContain("test-archive"));
        }
    }
}
