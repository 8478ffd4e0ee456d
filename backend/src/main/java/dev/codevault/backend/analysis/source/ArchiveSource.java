package dev.codevault.backend.analysis.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The regular files of an archive, read as a stream with commons-compress and never extracted to disk. Each entry
 * is read into memory up to the size limit while the archive is walked; larger entries are streamed for their digest
 * only. Links, device files and folders are skipped; leading {@code /} and {@code ./} are dropped from entry names.
 *
 * <p>A walk opens the archive again, so a repeated walk needs an opener that can open it more than once.
 */
public final class ArchiveSource implements SourceTree {

    private static final String ADVICE_BROKEN = "Check that the file is complete, or create the archive again";

    private final String input;
    private final ArchiveFormat format;
    private final StreamOpener opener;
    private final long maxBytes;

    /**
     * Creates the tree; nothing is read until {@link #walk}.
     *
     * @param input    how the user named the archive, for messages
     * @param format   the archive format
     * @param opener   opens the archive's bytes from the start
     * @param maxBytes entries larger than this are streamed for their digest instead of read into memory
     */
    public ArchiveSource(String input, ArchiveFormat format, StreamOpener opener, long maxBytes) {
        this.input = input;
        this.format = format;
        this.opener = opener;
        this.maxBytes = maxBytes;
    }

    /** Opens an archive's bytes from the start, each call a new stream. */
    @FunctionalInterface
    public interface StreamOpener {

        /** Opens a new stream over the archive; the caller closes it. */
        InputStream open() throws IOException;
    }

    @Override
    public SourceInfo info() {
        return new SourceInfo(SourceKind.ARCHIVE, "");
    }

    @Override
    public void walk(Predicate<String> pathFilter, Consumer<SourceFile> visitor) {
        try (InputStream raw = opener.open();
             ArchiveInputStream<?> archive = openArchive(new BufferedInputStream(raw, 64 * 1024))) {
            ArchiveEntry entry;
            while ((entry = archive.getNextEntry()) != null) {
                if (!isRegularFile(entry)) {
                    continue;
                }
                String path = normalize(entry.getName());
                if (path.isEmpty() || !pathFilter.test(path)) {
                    continue;
                }
                FileContent content = readEntry(archive, path);
                visitor.accept(new ReadEntry(path, content));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceException(input, "", "cannot read this " + describeFormat()
                    + " archive: it is truncated, damaged or of another format", ADVICE_BROKEN, e);
        }
    }

    private ArchiveInputStream<?> openArchive(InputStream in) throws IOException {
        return switch (format) {
            case ZIP -> new ZipArchiveInputStream(in, "UTF-8", true, true);
            case TAR -> new TarArchiveInputStream(in);
            case TAR_GZ -> new TarArchiveInputStream(GzipCompressorInputStream.builder()
                    .setInputStream(in).setDecompressConcatenated(true).get());
            case TAR_BZ2 -> new TarArchiveInputStream(new BZip2CompressorInputStream(in, true));
            case TAR_XZ -> new TarArchiveInputStream(new XZCompressorInputStream(in, true));
        };
    }

    private FileContent readEntry(ArchiveInputStream<?> archive, String path) {
        try {
            return FileContents.read(archive, maxBytes);
        } catch (IOException e) {
            throw new SourceException(input, path, "cannot read this entry: the " + describeFormat()
                    + " archive is truncated or damaged", ADVICE_BROKEN, e);
        }
    }

    private static boolean isRegularFile(ArchiveEntry entry) {
        if (entry.isDirectory()) {
            return false;
        }
        if (entry instanceof TarArchiveEntry tarEntry) {
            return tarEntry.isFile() && !tarEntry.isLink() && !tarEntry.isSymbolicLink()
                    && !tarEntry.isCharacterDevice() && !tarEntry.isBlockDevice() && !tarEntry.isFIFO();
        }
        if (entry instanceof ZipArchiveEntry zipEntry) {
            // NOTE: a zip read as a stream has only its local headers, which lack the Unix mode, so a symbolic
            // link stored by zip -y is counted as a small file holding its target's path.
            return !zipEntry.isUnixSymlink();
        }
        return true;
    }

    /**
     * Turns an entry name into a tree path: {@code \} becomes {@code /}, and empty, {@code .} and {@code ..}
     * segments are dropped. Nothing is extracted, so the path only names the file in the result.
     */
    static String normalize(String entryName) {
        StringBuilder path = new StringBuilder(entryName.length());
        for (String segment : entryName.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                continue;
            }
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(segment);
        }
        return path.toString();
    }

    private String describeFormat() {
        return format.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private record ReadEntry(String path, FileContent content) implements SourceFile {

        @Override
        public FileContent read(long maxBytes) {
            return content;
        }
    }
}
