package dev.codevault.backend.analysis.testing;

import dev.codevault.backend.analysis.source.ArchiveFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** Builds archives in memory for tests, with a folder entry and a symbolic link besides the files. */
public final class Archives {

    private Archives() {
    }

    /** Returns an archive of the format holding each path with its UTF-8 text, in the map's order. */
    public static byte[] of(ArchiveFormat format, Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (format == ArchiveFormat.ZIP) {
                writeZip(bytes, files);
            } else {
                try (OutputStream compressed = compressor(format, bytes)) {
                    writeTar(compressed, files);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static OutputStream compressor(ArchiveFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case TAR -> out;
            case TAR_GZ -> new GzipCompressorOutputStream(out);
            case TAR_BZ2 -> new BZip2CompressorOutputStream(out);
            case TAR_XZ -> new XZCompressorOutputStream(out);
            case ZIP -> throw new IllegalArgumentException("zip is not a tar compressor");
        };
    }

    private static void writeTar(OutputStream out, Map<String, String> files) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.putArchiveEntry(new TarArchiveEntry("folder/"));
            tar.closeArchiveEntry();
            TarArchiveEntry link = new TarArchiveEntry("link-to-elsewhere", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
            for (Map.Entry<String, String> file : files.entrySet()) {
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
                entry.setSize(content.length);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
    }

    private static void writeZip(OutputStream out, Map<String, String> files) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.putArchiveEntry(new ZipArchiveEntry("folder/"));
            zip.closeArchiveEntry();
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
    }
}
