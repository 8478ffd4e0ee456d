package dev.codevault.backend.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds archives for tests, and finds the real source archives that the build downloads. */
public final class Archives {

    private Archives() {
    }

    /** Returns a real source archive from Maven Central, copied into the build folder by Maven. */
    public static Path realSources(String fileName) {
        Path folder = Path.of(System.getProperty("codevault.test.archives", "target/test-archives"));
        Path archive = folder.resolve(fileName);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException(archive + " is missing; run the build through Maven, which copies it");
        }
        return archive;
    }

    /** Returns a zip archive of the given files, in order, each text stored as UTF-8. */
    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Returns a gzip-compressed tar archive of the given entries. */
    public static byte[] tarGz(TarWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            writer.write(tar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Adds a regular file to a tar archive. */
    public static void addFile(TarArchiveOutputStream tar, String path, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(path);
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    /** Writes entries into a tar archive. */
    @FunctionalInterface
    public interface TarWriter {
        /** Adds the entries. */
        void write(TarArchiveOutputStream tar) throws IOException;
    }
}
