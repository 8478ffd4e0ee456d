package dev.codevault.backend.archive;

import static dev.codevault.backend.archive.RawArchives.DEFLATED;
import static dev.codevault.backend.archive.RawArchives.STORED;
import static dev.codevault.backend.archive.RawArchives.concat;
import static dev.codevault.backend.archive.RawArchives.crc;
import static dev.codevault.backend.archive.RawArchives.deflate;
import static dev.codevault.backend.archive.RawArchives.tarData;
import static dev.codevault.backend.archive.RawArchives.tarEnd;
import static dev.codevault.backend.archive.RawArchives.tarHeader;
import static dev.codevault.backend.archive.TestArchives.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codevault.backend.analysis.source.ArchiveFormat;
import dev.codevault.backend.archive.ArchiveRejectedException.Reason;
import dev.codevault.backend.archive.TestRepository.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultArchiveImporterTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
    private static final ArchiveLimits DEFAULT_LIMITS = new ArchiveLimits(2L << 30, 200_000, 20L << 30, 2L << 30,
            200);
    private static final Map<String, String> PROJECT = new LinkedHashMap<>(Map.of(
            "project-1.0/README.md", "# Project\n",
            "project-1.0/src/Main.java", "class Main {}\n"));

    @TempDir
    Path folder;

    private TestRepository vault;
    private DefaultArchiveImporter importer;

    @BeforeEach
    void createVault() {
        vault = TestRepository.create(folder.resolve("vault.git"));
        importer = new DefaultArchiveImporter(DEFAULT_LIMITS);
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestArchives.Builder project(ArchiveFormat format) {
        TestArchives.Builder archive = TestArchives.of(format);
        PROJECT.forEach((name, text) -> archive.file(name, utf8(text)));
        return archive;
    }

    private ObjectId importFile(Path archive, String uploadId) {
        ArchiveManifest manifest = importer.inspect(archive, archive.getFileName().toString());
        return importer.importAsCommit(archive, manifest, vault.repository(), uploadId, NOW, ImportProgress.NONE);
    }

    /**
     * Checks that both inspection and import reject the archive for the reason, with a message that contains every
     * part, and that the rejected import left the repository as it was: no new ref, no new commit, no temporary file.
     */
    private void assertRejected(ArchiveLimits limits, Path archive, Reason reason, String... messageParts) {
        DefaultArchiveImporter checking = new DefaultArchiveImporter(limits);
        if (vault.tip() == null) {
            importFile(write("earlier.zip", project(ArchiveFormat.ZIP).bytes()), "upload-earlier");
        }
        Snapshot before = vault.snapshot();
        ArchiveManifest pretended = new ArchiveManifest(ArchiveFormat.ZIP, 1, 1, "");

        assertThatThrownBy(() -> checking.inspect(archive, archive.getFileName().toString()))
                .isInstanceOfSatisfying(ArchiveRejectedException.class,
                        rejection -> assertThat(rejection.reason()).isEqualTo(reason))
                .hasMessageContainingAll(messageParts);
        assertThatThrownBy(() -> checking.importAsCommit(archive, pretended, vault.repository(), "upload-hostile",
                NOW, ImportProgress.NONE))
                .isInstanceOfSatisfying(ArchiveRejectedException.class,
                        rejection -> assertThat(rejection.reason()).isEqualTo(reason));
        Snapshot after = vault.snapshot();
        assertThat(after.refs()).isEqualTo(before.refs());
        assertThat(after.commits()).isEqualTo(before.commits());
        assertThat(after.otherFiles()).isEqualTo(before.otherFiles());
    }

    private void assertRejected(Path archive, Reason reason, String... messageParts) {
        assertRejected(DEFAULT_LIMITS, archive, reason, messageParts);
    }

    private static ArchiveLimits limits(int maxEntries, long maxTotalBytes, long maxFileBytes, int ratio) {
        return new ArchiveLimits(2L << 30, maxEntries, maxTotalBytes, maxFileBytes, ratio);
    }

    private static byte[] zeros(int length) {
        return new byte[length];
    }

    @Nested
    class ValidArchives {

        @ParameterizedTest
        @EnumSource(ArchiveFormat.class)
        void importsEveryFormat(ArchiveFormat format) {
            Path archive = write("upload", project(format).bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "README.md", "# Project\n",
                    "src/Main.java", "class Main {}\n"));
        }

        @ParameterizedTest
        @EnumSource(ArchiveFormat.class)
        void manifestDescribesContent(ArchiveFormat format) {
            Path archive = write("upload", project(format).bytes());

            ArchiveManifest manifest = importer.inspect(archive, "upload");

            assertThat(manifest).isEqualTo(new ArchiveManifest(format, 2, 24, "project-1.0/"));
        }

        @ParameterizedTest
        @EnumSource(ArchiveFormat.class)
        void keepsExecutableBit(ArchiveFormat format) {
            Path archive = write("upload", TestArchives.of(format)
                    .file("tool/run.sh", utf8("#!/bin/sh\n"), 0755)
                    .file("tool/notes.txt", utf8("notes\n"), 0644)
                    .bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.files(commit).get("run.sh").mode()).isEqualTo(FileMode.EXECUTABLE_FILE);
            assertThat(vault.files(commit).get("notes.txt").mode()).isEqualTo(FileMode.REGULAR_FILE);
        }

        @Test
        void contentDecidesFormatOverDeclaredName() {
            Path archive = write("project.zip", project(ArchiveFormat.TAR_GZ).bytes());

            ArchiveManifest manifest = importer.inspect(archive, "project.zip");

            assertThat(manifest.format()).isEqualTo(ArchiveFormat.TAR_GZ);
        }

        @Test
        void readsZipEntriesWithDataDescriptors() throws IOException {
            byte[] bytes = TestArchives.zip().file("project-1.0/README.md", utf8("# Project\n"))
                    .file("project-1.0/data.txt", utf8("x".repeat(10_000))).streamed().bytes();
            Path archive = write("streamed.zip", bytes);

            ObjectId commit = importFile(archive, "upload-1");

            try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                    .get()) {
                assertThat(zip.getEntry("project-1.0/data.txt").getGeneralPurposeBit().usesDataDescriptor())
                        .isTrue();
            }
            assertThat(vault.texts(commit)).containsEntry("data.txt", "x".repeat(10_000));
        }

        @Test
        void readsPaxLongAndUnicodeNames() {
            String longPath = "deep/" + "folder-with-a-long-name/".repeat(8) + "Größe-配置.txt";
            Path archive = write("pax.tar", TestArchives.tar(ArchiveFormat.TAR)
                    .file(longPath, utf8("content\n"))
                    .file("top.txt", utf8("top\n"))
                    .bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsEntry(longPath, "content\n");
        }

        @Test
        void decodesLegacyZipNamesAsCodePage437() {
            byte[] rawName = "caf\u00e9.txt".getBytes(Charset.forName("IBM437"));
            Path archive = write("legacy.zip", RawArchives.zip().rawName(rawName, utf8("x")).bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsOnlyKeys("caf\u00e9.txt");
        }

        @Test
        void normalisesDotSegmentsAndEmptySegments() {
            Path archive = write("dots.tar", TestArchives.tar(ArchiveFormat.TAR)
                    .folder("./")
                    .file("./a//b.txt", utf8("b\n"))
                    .file("c/../d.txt", utf8("d\n"))
                    .bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsOnlyKeys("a/b.txt", "d.txt");
        }

        @Test
        void dropsEmptyFolders() {
            Path archive = write("folders.zip", TestArchives.zip()
                    .folder("empty/")
                    .folder("src/")
                    .file("src/a.txt", utf8("a\n"))
                    .file("b.txt", utf8("b\n"))
                    .bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsOnlyKeys("src/a.txt", "b.txt");
        }

        @Test
        void keepsPathsThatDifferOnlyInCase() {
            Path archive = write("case.zip", TestArchives.zip()
                    .file("README", utf8("upper\n"))
                    .file("readme", utf8("lower\n"))
                    .bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsOnlyKeys("README", "readme");
        }

        @Test
        void acceptsRepeatedFolderEntries() {
            Path archive = write("repeated.tar", TestArchives.tar(ArchiveFormat.TAR)
                    .folder("src/")
                    .file("src/a.txt", utf8("a\n"))
                    .folder("src/")
                    .file("b.txt", utf8("b\n"))
                    .bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsOnlyKeys("src/a.txt", "b.txt");
        }

        @Test
        void leavesOutGitRepositoryData() {
            Path archive = write("with-git.zip", TestArchives.zip()
                    .file("project/.git/config", utf8("[core]\n"))
                    .file("project/.git/hooks/post-checkout", utf8("#!/bin/sh\n"), 0755)
                    .file("project/lib/.git", utf8("gitdir: ../.git/modules/lib\n"))
                    .file("project/src/a.txt", utf8("a\n"))
                    .bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsOnlyKeys("src/a.txt");
        }

        @Test
        void storesNestedArchiveWithoutOpeningIt() {
            byte[] innerBomb = TestArchives.zip().file("zeros.bin", zeros(5 << 20)).bytes();
            Path archive = write("outer.zip", TestArchives.zip()
                    .file("inner.zip", innerBomb)
                    .file("README", utf8("nested\n"))
                    .bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.files(commit).get("inner.zip").content()).isEqualTo(innerBomb);
        }
    }

    @Nested
    class TopLevelFolder {

        @Test
        void stripsSingleTopLevelFolder() {
            Path archive = write("p.tar.gz", project(ArchiveFormat.TAR_GZ).bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsOnlyKeys("README.md", "src/Main.java");
        }

        @Test
        void stripsOnlyOneLevel() {
            Path archive = write("p.zip", TestArchives.zip()
                    .file("outer/inner/a.txt", utf8("a\n"))
                    .file("outer/inner/b.txt", utf8("b\n"))
                    .bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsOnlyKeys("inner/a.txt", "inner/b.txt");
        }

        @Test
        void stripsFolderAfterDotSlashPrefix() {
            Path archive = write("p.tar", TestArchives.tar(ArchiveFormat.TAR)
                    .folder("./")
                    .folder("./project/")
                    .file("./project/a.txt", utf8("a\n"))
                    .bytes());

            ArchiveManifest manifest = importer.inspect(archive, "p.tar");

            assertThat(manifest.strippedPrefix()).isEqualTo("project/");
        }

        @Test
        void stripsFolderBesideEmptyFolder() {
            Path archive = write("p.zip", TestArchives.zip()
                    .folder("empty/")
                    .file("project/a.txt", utf8("a\n"))
                    .bytes());

            ArchiveManifest manifest = importer.inspect(archive, "p.zip");

            assertThat(manifest.strippedPrefix()).isEqualTo("project/");
        }

        @Test
        void keepsPathsWhenFilesLieAtRoot() {
            Path archive = write("p.zip", TestArchives.zip()
                    .file("README", utf8("r\n"))
                    .file("project/a.txt", utf8("a\n"))
                    .bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsOnlyKeys("README", "project/a.txt");
        }

        @Test
        void keepsPathsWithSeveralTopLevelFolders() {
            Path archive = write("p.zip", TestArchives.zip()
                    .file("api/a.txt", utf8("a\n"))
                    .file("web/b.txt", utf8("b\n"))
                    .bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsOnlyKeys("api/a.txt", "web/b.txt");
        }

        @Test
        void keepsSingleFileAtRoot() {
            Path archive = write("p.tar", TestArchives.tar(ArchiveFormat.TAR).file("only.txt", utf8("o\n")).bytes());

            ArchiveManifest manifest = importer.inspect(archive, "p.tar");

            assertThat(manifest.strippedPrefix()).isEmpty();
        }
    }

    @Nested
    class Commits {

        @Test
        void firstImportHasNoParent() {
            ObjectId commit = importFile(write("p.zip", project(ArchiveFormat.ZIP).bytes()), "upload-1");

            assertThat(vault.commit(commit).getParentCount()).isZero();
            assertThat(vault.tip()).isEqualTo(commit);
        }

        @Test
        void commitCarriesFixedIdentityTimeAndTrailer() {
            ObjectId id = importFile(write("p.zip", project(ArchiveFormat.ZIP).bytes()), "upload-1");

            RevCommit commit = vault.commit(id);
            PersonIdent author = commit.getAuthorIdent();
            assertThat(author.getName()).isEqualTo("CodeVault");
            assertThat(author.getEmailAddress()).isEqualTo("import@codevault.invalid");
            assertThat(author.getWhenAsInstant()).isEqualTo(NOW);
            assertThat(commit.getCommitterIdent()).isEqualTo(author);
            assertThat(commit.getFooterLines(ArchiveImporter.UPLOAD_TRAILER)).containsExactly("upload-1");
        }

        @Test
        void messageNamesNoFile() {
            ObjectId id = importFile(write("p.zip", project(ArchiveFormat.ZIP).bytes()), "upload-1");

            String message = vault.commit(id).getFullMessage();

            assertThat(message).doesNotContain("README", "Main.java", "project-1.0", "p.zip");
        }

        @Test
        void secondUploadBecomesChildOfFirst() {
            ObjectId first = importFile(write("one.zip", project(ArchiveFormat.ZIP).bytes()), "upload-1");
            Path second = write("two.zip", project(ArchiveFormat.ZIP).file("project-1.0/NEWS", utf8("n\n")).bytes());

            ObjectId child = importFile(second, "upload-2");

            assertThat(vault.commit(child).getParents()).containsExactly(vault.commit(first));
            assertThat(vault.tip()).isEqualTo(child);
        }

        @Test
        void sameUploadAgainMakesNoCommit() {
            Path archive = write("one.zip", project(ArchiveFormat.ZIP).bytes());
            ObjectId first = importFile(archive, "upload-1");
            Snapshot before = vault.snapshot();

            ObjectId again = importFile(archive, "upload-1");

            assertThat(again).isEqualTo(first);
            assertThat(vault.snapshot()).isEqualTo(before);
        }

        @Test
        void failsWhenBranchMovesDuringImport() {
            Path archive = write("one.zip", project(ArchiveFormat.ZIP).bytes());
            ArchiveManifest manifest = importer.inspect(archive, "one.zip");
            List<ObjectId> competitor = new ArrayList<>();
            ImportProgress moveBranchOnce = (done, total) -> {
                if (competitor.isEmpty()) {
                    competitor.add(commitElsewhere());
                }
            };

            assertThatThrownBy(() -> importer.importAsCommit(archive, manifest, vault.repository(), "upload-1", NOW,
                    moveBranchOnce))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("branch is unchanged");
            assertThat(vault.tip()).isEqualTo(competitor.get(0));
        }

        /** Writes an empty commit on the branch, as a second writer would. */
        private ObjectId commitElsewhere() {
            try (ObjectInserter inserter = vault.repository().newObjectInserter()) {
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(inserter.insert(new TreeFormatter()));
                PersonIdent other = new PersonIdent("Other", "other@example.com", NOW, ZoneOffset.UTC);
                commit.setAuthor(other);
                commit.setCommitter(other);
                commit.setMessage("Another writer\n");
                ObjectId id = inserter.insert(commit);
                inserter.flush();
                RefUpdate update = vault.repository().updateRef(ArchiveImporter.BRANCH);
                update.setNewObjectId(id);
                update.setExpectedOldObjectId(ObjectId.zeroId());
                assertThat(update.update()).isEqualTo(RefUpdate.Result.NEW);
                return id;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Test
        void rejectsArchiveChangedSinceInspection() {
            Path archive = write("one.zip", project(ArchiveFormat.ZIP).bytes());
            ArchiveManifest manifest = importer.inspect(archive, "one.zip");
            write("one.zip", project(ArchiveFormat.ZIP).file("project-1.0/extra.txt", utf8("e")).bytes());

            assertThatThrownBy(() -> importer.importAsCommit(archive, manifest, vault.repository(), "upload-1", NOW,
                    ImportProgress.NONE))
                    .isInstanceOfSatisfying(ArchiveRejectedException.class,
                            rejection -> assertThat(rejection.reason()).isEqualTo(Reason.CORRUPT))
                    .hasMessageContaining("changed between its inspection and its import");
            assertThat(vault.tip()).isNull();
        }

        @Test
        void inspectionOfMissingFileFailsAsIo() {
            Path missing = folder.resolve("missing.zip");

            assertThatThrownBy(() -> importer.inspect(missing, "missing.zip"))
                    .isInstanceOf(UncheckedIOException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "two words", "line\nbreak"})
        void rejectsUploadIdThatCannotBeTrailer(String uploadId) {
            Path archive = write("one.zip", project(ArchiveFormat.ZIP).bytes());
            ArchiveManifest manifest = importer.inspect(archive, "one.zip");

            assertThatThrownBy(() -> importer.importAsCommit(archive, manifest, vault.repository(), uploadId, NOW,
                    ImportProgress.NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("upload id");
        }

        @Test
        void reportsProgressInSteps() {
            byte[] noise = new byte[9 << 20];
            new Random(7).nextBytes(noise);
            Path archive = write("big.tar", TestArchives.tar(ArchiveFormat.TAR).file("noise.bin", noise).bytes());
            ArchiveManifest manifest = importer.inspect(archive, "big.tar");
            List<long[]> updates = new ArrayList<>();

            importer.importAsCommit(archive, manifest, vault.repository(), "upload-1", NOW,
                    (done, total) -> updates.add(new long[] {done, total}));

            assertThat(updates.get(0)).containsExactly(0, noise.length);
            assertThat(updates.get(updates.size() - 1)).containsExactly(noise.length, noise.length);
            assertThat(updates).hasSizeBetween(3, 5);
            assertThat(updates).isSortedAccordingTo((a, b) -> Long.compare(a[0], b[0]));
        }
    }

    @Nested
    class HostilePaths {

        @ParameterizedTest
        @ValueSource(strings = {"../evil.txt", "a/../../evil.txt", "./../evil.txt"})
        void rejectsZipEntryEscapingRoot(String name) {
            Path archive = write("slip.zip", TestArchives.zip().file("ok.txt", utf8("ok")).file(name, utf8("x"))
                    .bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "'" + name + "'", "outside the archive's root folder");
        }

        @Test
        void rejectsTarEntryEscapingRoot() {
            Path archive = write("slip.tar.gz", TestArchives.tar(ArchiveFormat.TAR_GZ)
                    .file("../../etc/cron.d/evil", utf8("* * * * * root sh\n")).bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "'../../etc/cron.d/evil'", "'..'");
        }

        @ParameterizedTest
        @EnumSource(value = ArchiveFormat.class, names = {"ZIP", "TAR"})
        void rejectsAbsolutePath(ArchiveFormat format) {
            Path archive = write("abs", TestArchives.of(format).file("/etc/passwd", utf8("root::0:0\n")).bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "'/etc/passwd'", "absolute path");
        }

        @Test
        void rejectsDriveLetter() {
            Path archive = write("drive.zip", TestArchives.zip().file("C:\\Windows\\evil.dll", utf8("x")).bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "drive letter");
        }

        @Test
        void rejectsUncPath() {
            Path archive = write("unc.zip", TestArchives.zip().file("\\\\server\\share\\evil.txt", utf8("x")).bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "absolute path");
        }

        @Test
        void rejectsBackslashInsideZipName() {
            Path archive = write("backslash.zip", RawArchives.zip().stored("src\\..\\..\\evil.txt", utf8("x"))
                    .bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "'src\\..\\..\\evil.txt'", "backslash");
        }

        @Test
        void rejectsBackslashInsideTarName() {
            Path archive = write("backslash.tar", TestArchives.tar(ArchiveFormat.TAR).file("a\\b.txt", utf8("x"))
                    .bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "backslash");
        }

        @Test
        void readsBackslashOfWindowsZipAsSeparator() {
            Path archive = write("windows.zip", RawArchives.zip().madeOnWindows()
                    .stored("src\\Main.java", utf8("class Main {}")).stored("README", utf8("r")).bytes());

            ObjectId commit = importFile(archive, "upload-1");

            assertThat(vault.texts(commit)).containsOnlyKeys("src/Main.java", "README");
        }

        @Test
        void rejectsNulInName() {
            Path archive = write("nul.zip", TestArchives.zip().file("safe.txt\u0000.exe", utf8("x")).bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "control character U+0000", "'safe.txt\\u0000.exe'");
        }

        @Test
        void rejectsControlCharacterInTarName() {
            Path archive = write("newline.tar", TestArchives.tar(ArchiveFormat.TAR).file("bad\nname.txt", utf8("x"))
                    .bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "control character U+000A");
        }

        @ParameterizedTest
        @ValueSource(strings = {".GIT/config", "src/.Git/hooks/pre-commit", "git~1/config", ".git./config"})
        void rejectsNamesReadAsGitFolder(String name) {
            Path archive = write("git.zip", TestArchives.zip().file("ok.txt", utf8("ok")).file(name, utf8("x"))
                    .bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "'.git'");
        }

        @Test
        void rejectsFileNamedRoot() {
            Path archive = write("dot.zip", TestArchives.zip().file("a/..", utf8("x")).bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "does not name a file");
        }

        @Test
        void rejectsOverlongPath() {
            String name = "d/".repeat(2100) + "f.txt";
            Path archive = write("long.zip", TestArchives.zip().file(name, utf8("x")).bytes());

            assertRejected(archive, Reason.UNSAFE_PATH, "longer than 4096 characters");
        }
    }

    @Nested
    class LinksAndSpecialFiles {

        @Test
        void rejectsTarSymbolicLink() {
            Path archive = write("link.tar", TestArchives.tar(ArchiveFormat.TAR)
                    .file("a.txt", utf8("a")).symlink("passwd", "/etc/passwd").bytes());

            assertRejected(archive, Reason.LINK, "'passwd'", "symbolic link", "Replace the link");
        }

        @Test
        void rejectsTarSymbolicLinkNamedLikeFolder() {
            Path archive = write("link.tar", TestArchives.tar(ArchiveFormat.TAR).symlink("etc/", "/etc").bytes());

            assertRejected(archive, Reason.LINK, "symbolic link");
        }

        @Test
        void rejectsTarHardLink() {
            Path archive = write("hard.tar.bz2", TestArchives.tar(ArchiveFormat.TAR_BZ2)
                    .file("target.txt", utf8("t")).special("copy.txt", TarConstants.LF_LINK).bytes());

            assertRejected(archive, Reason.LINK, "'copy.txt'", "hard link");
        }

        @Test
        void rejectsZipSymbolicLink() {
            Path archive = write("link.zip", TestArchives.zip()
                    .file("a.txt", utf8("a")).special("shadow", UnixStat.LINK_FLAG, utf8("/etc/shadow")).bytes());

            assertRejected(archive, Reason.LINK, "'shadow'", "symbolic link");
        }

        @ParameterizedTest
        @ValueSource(chars = {'3', '4', '6'})
        void rejectsTarDeviceOrFifo(char type) {
            Path archive = write("dev.tar", TestArchives.tar(ArchiveFormat.TAR)
                    .file("a.txt", utf8("a")).special("dev/thing", (byte) type).bytes());

            assertRejected(archive, Reason.SPECIAL_FILE, "'dev/thing'", "Leave it out");
        }

        @Test
        void rejectsZipFifo() {
            Path archive = write("fifo.zip", TestArchives.zip().special("pipe", 0010000, new byte[0]).bytes());

            assertRejected(archive, Reason.SPECIAL_FILE, "named pipe");
        }

        @Test
        void rejectsUnknownTarType() {
            byte[] tar = concat(tarHeader("label", 'V', 0, 0644), tarHeader("a.txt", '0', 1, 0644),
                    tarData(utf8("a")), tarEnd());
            Path archive = write("volume.tar", tar);

            assertRejected(archive, Reason.SPECIAL_FILE, "tar type 'V'");
        }

        @Test
        void rejectsSparseFile() {
            byte[] tar = concat(tarHeader("sparse.img", 'S', 0, 0644), tarEnd());
            Path archive = write("sparse.tar", tar);

            assertRejected(archive, Reason.SPECIAL_FILE, "sparse file");
        }
    }

    @Nested
    class Duplicates {

        @Test
        void rejectsSameFileTwice() {
            Path archive = write("dup.zip", TestArchives.zip().file("a.txt", utf8("1")).file("a.txt", utf8("2"))
                    .bytes());

            assertRejected(archive, Reason.DUPLICATE_ENTRY, "'a.txt'", "more than once");
        }

        @Test
        void rejectsSameFileAfterNormalisation() {
            Path archive = write("dup.tar", TestArchives.tar(ArchiveFormat.TAR)
                    .file("src/a.txt", utf8("1")).file("./src//a.txt", utf8("2")).bytes());

            assertRejected(archive, Reason.DUPLICATE_ENTRY, "'./src//a.txt'", "'src/a.txt'");
        }

        @Test
        void rejectsFileThenFileBelowIt() {
            Path archive = write("dup.zip", TestArchives.zip().file("a", utf8("1")).file("a/b.txt", utf8("2"))
                    .bytes());

            assertRejected(archive, Reason.DUPLICATE_ENTRY, "both a file and a folder");
        }

        @Test
        void rejectsFolderEntryThenFileOfSamePath() {
            Path archive = write("dup.tar", TestArchives.tar(ArchiveFormat.TAR).folder("a/").file("a", utf8("1"))
                    .bytes());

            assertRejected(archive, Reason.DUPLICATE_ENTRY, "both a file and a folder");
        }
    }

    @Nested
    class Limits {

        @ParameterizedTest
        @EnumSource(value = ArchiveFormat.class, names = {"ZIP", "TAR_GZ"})
        void rejectsTooManyEntries(ArchiveFormat format) {
            TestArchives.Builder builder = TestArchives.of(format);
            for (int i = 0; i < 6; i++) {
                builder.file("f" + i + ".txt", utf8("x"));
            }
            Path archive = write("many", builder.bytes());

            assertRejected(limits(5, 1 << 20, 1 << 20, 200), archive, Reason.TOO_MANY_ENTRIES, "more than 5 entries");
        }

        @Test
        void rejectsExcessCentralDirectoryRecords() {
            RawArchives.RawZip zip = RawArchives.zip().stored("a.txt", utf8("a"));
            for (int i = 0; i < 50; i++) {
                zip.alias("alias-" + i);
            }
            Path archive = write("records.zip", zip.bytes());

            assertRejected(limits(10, 1 << 20, 1 << 20, 200), archive, Reason.TOO_MANY_ENTRIES, "more than 10");
        }

        @Test
        void rejectsFileOverPerFileLimit() {
            Path archive = write("big.zip", TestArchives.zip().file("big.bin", new byte[1001]).bytes());

            assertRejected(limits(100, 1 << 20, 1000, 1000), archive, Reason.TOO_LARGE, "'big.bin'", "1000 bytes");
        }

        @Test
        void rejectsTotalOverLimit() {
            Path archive = write("total.tar", TestArchives.tar(ArchiveFormat.TAR)
                    .file("a.bin", new byte[600]).file("b.bin", new byte[600]).bytes());

            assertRejected(limits(100, 1000, 1000, 1000), archive, Reason.TOO_LARGE, "add up to more than 1000 bytes");
        }

        @Test
        void rejectsArchiveOverSizeLimit() {
            Path archive = write("p.zip", project(ArchiveFormat.ZIP).bytes());
            ArchiveLimits small = new ArchiveLimits(100, 100, 1 << 20, 1 << 20, 200);

            assertRejected(small, archive, Reason.TOO_LARGE, "more than the 100 bytes");
        }

        @ParameterizedTest
        @EnumSource(value = ArchiveFormat.class, names = {"ZIP", "TAR_GZ", "TAR_BZ2", "TAR_XZ"})
        void rejectsExpansionOverRatio(ArchiveFormat format) {
            Path archive = write("bomb", TestArchives.of(format).file("zeros.bin", zeros(8 << 20)).bytes());

            assertRejected(archive, Reason.EXPANSION_TOO_LARGE, "more than 200 times its size");
        }

        @Test
        void stopsAtDeclaredSizeOfLyingZipEntry() {
            byte[] expanded = zeros(64 << 20);
            byte[] data = deflate(expanded);
            Path archive = write("liar.zip", RawArchives.zip()
                    .entry("small.txt", DEFLATED, data, crc(expanded), 100, 0).bytes());

            assertRejected(archive, Reason.CORRUPT, "'small.txt'", "more bytes than the 100 it declares");
        }

        @Test
        void rejectsZipEntryShorterThanDeclared() {
            byte[] content = utf8("short");
            Path archive = write("short.zip", RawArchives.zip()
                    .entry("a.txt", DEFLATED, deflate(content), crc(content), 500, 0).bytes());

            assertRejected(archive, Reason.CORRUPT, "fewer bytes than the 500 it declares");
        }

        @Test
        void rejectsOverlappingZipEntries() {
            Path archive = write("overlap.zip", RawArchives.zip().stored("a.txt", utf8("kernel")).alias("b.txt")
                    .bytes());

            assertRejected(archive, Reason.CORRUPT, "'a.txt'", "'b.txt'", "overlap");
        }

        @Test
        void rejectsOversizedPaxHeader() {
            TarArchiveEntry entry = new TarArchiveEntry("a.txt");
            entry.setSize(1);
            entry.addPaxHeader("comment", "x".repeat(1 << 20));
            Path archive = write("pax.tar.gz", TestArchives.tar(ArchiveFormat.TAR_GZ).entry(entry, utf8("a"))
                    .bytes());

            assertRejected(archive, Reason.CORRUPT, "headers", "256 KiB");
        }

        @Test
        void rejectsOversizedGnuLongName() {
            byte[] longName = utf8("n".repeat(1 << 20));
            byte[] tar = concat(tarHeader("././@LongLink", 'L', longName.length, 0644), tarData(longName),
                    tarHeader("short", '0', 1, 0644), tarData(utf8("a")), tarEnd());
            Path archive = write("longname.tar.gz", TestArchives.compress(ArchiveFormat.TAR_GZ, tar));

            assertRejected(archive, Reason.CORRUPT, "headers");
        }

        @Test
        void rejectsLongChainOfPaxHeaders() {
            List<byte[]> parts = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                parts.add(tarHeader("PaxHeader", 'x', 0, 0644));
            }
            parts.add(tarHeader("a.txt", '0', 1, 0644));
            parts.add(tarData(utf8("a")));
            parts.add(tarEnd());
            Path archive = write("chain.tar", concat(parts.toArray(byte[][]::new)));

            assertRejected(archive, Reason.CORRUPT, "headers");
        }

        @Test
        void rejectsLargeDataAfterTarEnd() {
            byte[] noise = new byte[2 << 20];
            new Random(5).nextBytes(noise);
            byte[] tar = concat(TestArchives.tar(ArchiveFormat.TAR).file("a.txt", utf8("a")).tarBytes(), noise);
            Path archive = write("trailing.tar.gz", TestArchives.compress(ArchiveFormat.TAR_GZ, tar));

            assertRejected(archive, Reason.CORRUPT, "after the end of its tar archive");
        }

        @Test
        void rejectsXzNeedingTooMuchMemory() throws IOException {
            byte[] tar = TestArchives.tar(ArchiveFormat.TAR).file("a.txt", utf8("a")).tarBytes();
            ByteArrayOutputStream xz = new ByteArrayOutputStream();
            try (XZCompressorOutputStream out = new XZCompressorOutputStream(xz)) {
                out.write(tar);
            }
            Path archive = write("memory.tar.xz", withXzDictionaryOf1GiB(xz.toByteArray()));

            assertRejected(archive, Reason.EXPANSION_TOO_LARGE, "of memory to decompress");
        }

        /** Sets the LZMA2 dictionary of the first block to 1 GiB and fixes the block header's CRC-32. */
        private byte[] withXzDictionaryOf1GiB(byte[] xz) {
            byte[] patched = xz.clone();
            int blockStart = 12;
            int headerLength = ((patched[blockStart] & 0xFF) + 1) * 4;
            int filterFlags = blockStart + 2;
            assertThat(patched[filterFlags]).isEqualTo((byte) 0x21);
            patched[filterFlags + 2] = 36;
            CRC32 crc = new CRC32();
            crc.update(patched, blockStart, headerLength - 4);
            long value = crc.getValue();
            for (int i = 0; i < 4; i++) {
                patched[blockStart + headerLength - 4 + i] = (byte) (value >>> (8 * i));
            }
            return patched;
        }
    }

    @Nested
    class EncryptedAndUnsupported {

        @Test
        void rejectsEncryptedZipEntry() {
            byte[] content = utf8("secret");
            Path archive = write("enc.zip", RawArchives.zip()
                    .entry("secret.txt", STORED, content, crc(content), content.length, 1).bytes());

            assertRejected(archive, Reason.ENCRYPTED, "'secret.txt'", "without a password");
        }

        @Test
        void rejectsUnsupportedZipMethod() {
            byte[] content = utf8("lzma");
            Path archive = write("lzma.zip", RawArchives.zip()
                    .entry("a.txt", 14, content, crc(content), content.length, 0).bytes());

            assertRejected(archive, Reason.UNSUPPORTED_FORMAT, "'a.txt'", "LZMA", "Deflate");
        }

        @Test
        void rejectsUnknownContentListingAcceptedFormats() {
            Path archive = write("project.rar", utf8("Rar!\u001a\u0007\u0000 not an archive we read"));

            assertRejected(archive, Reason.UNSUPPORTED_FORMAT, "'project.rar'", ".zip", ".tar.gz", ".tar.xz");
        }

        @Test
        void namesFormatThatDeclaredNameSuggests() {
            Path archive = write("project.zip", utf8("plain text, not a zip"));

            assertRejected(archive, Reason.UNSUPPORTED_FORMAT, "its name ends like a zip archive");
        }

        @Test
        void rejectsCompressedDataThatIsNotTar() {
            Path archive = write("file.txt.gz", TestArchives.compress(ArchiveFormat.TAR_GZ,
                    utf8("just a text file\n".repeat(100))));

            assertRejected(archive, Reason.UNSUPPORTED_FORMAT, "gz-compressed data that is not a tar archive");
        }
    }

    @Nested
    class DamagedArchives {

        @ParameterizedTest
        @EnumSource(ArchiveFormat.class)
        void rejectsTruncatedArchive(ArchiveFormat format) {
            byte[] noise = new byte[200_000];
            new Random(3).nextBytes(noise);
            byte[] whole = TestArchives.of(format).file("a.bin", noise).file("b.txt", utf8("b")).bytes();
            Path archive = write("cut", Arrays.copyOf(whole, whole.length / 2));

            assertRejected(archive, Reason.CORRUPT, "Check that the upload is complete");
        }

        @Test
        void rejectsTarCutBetweenEntries() {
            byte[] tar = concat(tarHeader("a.txt", '0', 1, 0644), tarData(utf8("a")));
            Path archive = write("cut.tar", tar);

            assertRejected(archive, Reason.CORRUPT, "without the tar end-of-archive marker");
        }

        @Test
        void rejectsTarHeaderWithWrongChecksum() {
            byte[] header = tarHeader("a.txt", '0', 1, 0644);
            header[0] = 'b';
            Path archive = write("sum.tar", concat(header, tarData(utf8("a")), tarEnd()));

            assertRejected(archive, Reason.CORRUPT, "wrong checksum", "'b.txt'");
        }

        @Test
        void rejectsZipEntryWithWrongCrc() {
            byte[] content = utf8("content");
            Path archive = write("crc.zip", RawArchives.zip()
                    .entry("a.txt", STORED, content, crc(content) ^ 1, content.length, 0).bytes());

            assertRejected(archive, Reason.CORRUPT, "'a.txt'", "CRC-32");
        }

        @Test
        void rejectsGzipWithBrokenData() {
            byte[] whole = project(ArchiveFormat.TAR_GZ).bytes();
            byte[] broken = whole.clone();
            for (int i = 20; i < broken.length - 8; i++) {
                broken[i] = (byte) (broken[i] ^ 0x5A);
            }
            Path archive = write("broken.tgz", broken);

            assertRejected(archive, Reason.CORRUPT, "damaged");
        }

        @Test
        void rejectsFolderEntryWithData() {
            byte[] tar = concat(tarHeader("folder/", '5', 512, 0755), new byte[512], tarEnd());
            Path archive = write("folder.tar", tar);

            assertRejected(archive, Reason.CORRUPT, "'folder/'", "which a folder cannot have");
        }
    }

    @Nested
    class EmptyArchives {

        @Test
        void rejectsEmptyFile() {
            Path archive = write("empty.zip", new byte[0]);

            assertRejected(archive, Reason.EMPTY, "empty file");
        }

        @Test
        void rejectsZipWithoutEntries() {
            Path archive = write("none.zip", TestArchives.zip().bytes());

            assertRejected(archive, Reason.EMPTY, "no regular file");
        }

        @Test
        void rejectsArchiveOfFoldersOnly() {
            Path archive = write("folders.tar", TestArchives.tar(ArchiveFormat.TAR).folder("a/").folder("a/b/")
                    .bytes());

            assertRejected(archive, Reason.EMPTY, "no regular file");
        }

        @Test
        void rejectsArchiveOfRepositoryDataOnly() {
            Path archive = write("git-only.zip", TestArchives.zip().file(".git/HEAD", utf8("ref: x\n")).bytes());

            assertRejected(archive, Reason.EMPTY, "no regular file");
        }
    }

    @Nested
    class RealSourceArchive {

        /** A sources jar from Maven Central that the build copies next to the test classes. */
        private final Path sourcesJar = Path.of("target", "test-archives", "real-sources.jar");

        @Test
        void importsEveryFileOfSourcesJar() throws IOException {
            Map<String, byte[]> expected = new TreeMap<>();
            try (ZipFile jar = ZipFile.builder().setPath(sourcesJar).get()) {
                for (ZipArchiveEntry entry : Collections.list(jar.getEntries())) {
                    if (!entry.isDirectory()) {
                        expected.put(entry.getName(), jar.getInputStream(entry).readAllBytes());
                    }
                }
            }

            ObjectId commit = importFile(sourcesJar, "upload-sources");

            Map<String, TestRepository.StoredFile> stored = vault.files(commit);
            assertThat(stored.keySet()).containsExactlyElementsOf(expected.keySet());
            assertThat(stored).allSatisfy((path, file) -> assertThat(file.content()).isEqualTo(expected.get(path)));
        }
    }
}
