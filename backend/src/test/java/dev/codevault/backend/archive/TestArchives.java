package dev.codevault.backend.archive;

import dev.codevault.backend.analysis.source.ArchiveFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** Builds archives for tests with commons-compress, entry by entry, including entries that the importer rejects. */
final class TestArchives {

    private TestArchives() {
    }

    /** Starts a tar archive, plain or compressed as the format sets. */
    static Tar tar(ArchiveFormat format) {
        return new Tar(format);
    }

    /** Starts a zip archive. */
    static Zip zip() {
        return new Zip();
    }

    /** Starts an archive of the format; both builders share the methods for ordinary files and folders. */
    static Builder of(ArchiveFormat format) {
        return format == ArchiveFormat.ZIP ? zip() : tar(format);
    }

    /** Returns the UTF-8 bytes of a text. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Compresses a whole tar stream as the format sets. */
    static byte[] compress(ArchiveFormat format, byte[] tar) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = compressor(format, bytes)) {
            out.write(tar);
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

    /** The methods that both formats build the same way. */
    interface Builder {

        /** Adds a regular file with mode 0644. */
        Builder file(String name, byte[] content);

        /** Adds a regular file with the given permission bits, such as 0755. */
        Builder file(String name, byte[] content, int mode);

        /** Adds a folder entry. */
        Builder folder(String name);

        /** Returns the archive's bytes. */
        byte[] bytes();

        /** Writes the archive to a file and returns it. */
        default Path writeTo(Path file) {
            try {
                return Files.write(file, bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A tar archive under construction. */
    static final class Tar implements Builder {

        private final ArchiveFormat format;
        private final List<TarWrite> writes = new ArrayList<>();

        private Tar(ArchiveFormat format) {
            this.format = format;
        }

        @Override
        public Tar file(String name, byte[] content) {
            return file(name, content, 0644);
        }

        @Override
        public Tar file(String name, byte[] content, int mode) {
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setSize(content.length);
            entry.setMode(mode);
            return entry(entry, content);
        }

        @Override
        public Tar folder(String name) {
            return entry(new TarArchiveEntry(name.endsWith("/") ? name : name + "/", true), new byte[0]);
        }

        /** Adds a symbolic link. */
        Tar symlink(String name, String target) {
            TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK, true);
            entry.setLinkName(target);
            return entry(entry, new byte[0]);
        }

        /** Adds an entry of a special type (hard link, device, FIFO) with no data. */
        Tar special(String name, byte type) {
            TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
            if (type == TarConstants.LF_LINK) {
                entry.setLinkName("target.txt");
            }
            return entry(entry, new byte[0]);
        }

        /** Adds an entry as given, with its data. */
        Tar entry(TarArchiveEntry entry, byte[] content) {
            writes.add(tar -> {
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            });
            return this;
        }

        /** Returns the plain tar stream, before compression. */
        byte[] tarBytes() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes, StandardCharsets.UTF_8.name())) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                for (TarWrite write : writes) {
                    write.apply(tar);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        @Override
        public byte[] bytes() {
            return compress(format, tarBytes());
        }

        private interface TarWrite {
            void apply(TarArchiveOutputStream tar) throws IOException;
        }
    }

    /** A zip archive under construction. */
    static final class Zip implements Builder {

        private final List<ZipWrite> writes = new ArrayList<>();
        private boolean streamed;

        private Zip() {
        }

        @Override
        public Zip file(String name, byte[] content) {
            return file(name, content, 0644);
        }

        @Override
        public Zip file(String name, byte[] content, int mode) {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setUnixMode(UnixStat.FILE_FLAG | mode);
            return entry(entry, content);
        }

        @Override
        public Zip folder(String name) {
            ZipArchiveEntry entry = new ZipArchiveEntry(name.endsWith("/") ? name : name + "/");
            entry.setUnixMode(UnixStat.DIR_FLAG | 0755);
            return entry(entry, new byte[0]);
        }

        /** Adds an entry whose Unix mode marks a special file type, such as {@link UnixStat#LINK_FLAG}. */
        Zip special(String name, int typeFlag, byte[] content) {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setUnixMode(typeFlag | 0777);
            return entry(entry, content);
        }

        /** Adds an entry as given, with its data. */
        Zip entry(ZipArchiveEntry entry, byte[] content) {
            writes.add(zip -> {
                zip.putArchiveEntry(entry);
                zip.write(content);
                zip.closeArchiveEntry();
            });
            return this;
        }

        /**
         * Writes to a stream that cannot seek, so that deflated entries get data descriptors instead of sizes in their
         * local headers, as streaming zip tools write them. By default the archive is written with seeking, and every
         * local header carries the sizes.
         */
        Zip streamed() {
            streamed = true;
            return this;
        }

        @Override
        public byte[] bytes() {
            if (streamed) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                write(new ZipArchiveOutputStream(bytes));
                return bytes.toByteArray();
            }
            SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
            write(new ZipArchiveOutputStream(channel));
            return Arrays.copyOf(channel.array(), (int) channel.size());
        }

        private void write(ZipArchiveOutputStream target) {
            try (ZipArchiveOutputStream zip = target) {
                for (ZipWrite write : writes) {
                    write.apply(zip);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private interface ZipWrite {
            void apply(ZipArchiveOutputStream zip) throws IOException;
        }
    }
}
