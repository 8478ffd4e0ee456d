package dev.codevault.backend.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codevault.backend.archive.ArchiveRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobWriterTest {

    private static final byte[] CONTENT = "line of a file\n".repeat(1000).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private TestRepository vault;
    private Path repositoryFolder;

    @BeforeEach
    void createVault() {
        repositoryFolder = folder.resolve("vault.git");
        vault = TestRepository.create(repositoryFolder);
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    private List<Path> spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(repositoryFolder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("import-")).toList();
        }
    }

    private static ObjectId blobId(byte[] content) {
        try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
            return formatter.idFor(Constants.OBJ_BLOB, content);
        }
    }

    @Test
    void insertsContentOfKnownLength() throws IOException {
        try (ObjectInserter inserter = vault.repository().newObjectInserter()) {
            ObjectId id = new BlobWriter(inserter, repositoryFolder).insert(CONTENT.length,
                    new ByteArrayInputStream(CONTENT));

            assertThat(id).isEqualTo(blobId(CONTENT));
        }
    }

    @Test
    void insertsContentOfUnknownLengthThroughTemporaryFile() throws IOException {
        try (ObjectInserter inserter = vault.repository().newObjectInserter()) {
            ObjectId id = new BlobWriter(inserter, repositoryFolder).insert(-1, new ByteArrayInputStream(CONTENT));

            assertThat(id).isEqualTo(blobId(CONTENT));
            assertThat(vault.repository().getObjectDatabase().has(id)).isTrue();
        }
        assertThat(spillFiles()).isEmpty();
    }

    @Test
    void deletesTemporaryFileWhenContentFails() throws IOException {
        InputStream failing = new InputStream() {
            private int read;

            @Override
            public int read() {
                if (read++ > 5000) {
                    throw new ArchiveRejectedException(Reason.CORRUPT, "damaged in the middle");
                }
                return 'x';
            }
        };

        try (ObjectInserter inserter = vault.repository().newObjectInserter()) {
            BlobWriter blobs = new BlobWriter(inserter, repositoryFolder);

            assertThatThrownBy(() -> blobs.insert(-1, failing)).isInstanceOf(ArchiveRejectedException.class);
        }
        assertThat(spillFiles()).isEmpty();
    }
}
