package dev.codevault.backend.archive;

import static dev.codevault.backend.archive.Messages.quote;

import dev.codevault.backend.analysis.source.ArchiveFormat;
import dev.codevault.backend.archive.ArchiveRejectedException.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Reads a tar archive, plain or compressed with gzip, bzip2 or xz, as one stream.
 *
 * <p>Decisions for the cases the tar formats leave open:
 * <ul>
 *   <li>Pax extended headers are honoured as POSIX specifies: a {@code path} or {@code size} record replaces the
 *       header's value, and a global header applies to every entry after it. Names from pax records pass the same
 *       rules as any other name. GNU long names are read too.</li>
 *   <li>Names are decoded as UTF-8. Bytes that are not valid UTF-8 become {@code ?} (commons-compress's
 *       replacement), which can make two names equal and so be rejected as duplicates.</li>
 *   <li>Types {@code 0}, NUL and {@code 7} (contiguous file) are files, and type {@code 5} and names ending in
 *       {@code /} are folders. Links, devices, FIFOs and sparse files are returned as such for the scanner to
 *       reject. Any other type (GNU volume labels, multi-volume parts, dump folders, vendor types) is rejected
 *       here.</li>
 *   <li>A header whose checksum is wrong is corrupt.</li>
 *   <li>An archive that ends without the end-of-archive marker (a zero block) is taken as truncated and rejected,
 *       even when the cut falls between two entries.</li>
 *   <li>A compressed archive is decompressed to its end after the tar end marker, so that the gzip CRC-32, the bzip2
 *       block checksums or the xz check catch damage and truncation anywhere. At most
 *       {@value TarStreamGuard#MAX_TRAILING_BYTES} bytes may follow the marker. The compressed data must contain a
 *       tar archive: gzip, bzip2 or xz around anything else is an unsupported format.</li>
 *   <li>The xz decoder may use at most {@value #XZ_MEMORY_LIMIT_KIB} KiB of memory, enough for {@code xz -9}.</li>
 * </ul>
 */
final class TarEntryReader implements EntryReader {

    /** The maximum memory of the xz decoder, in KiB: 100 MiB, while {@code xz -9} needs about 65 MiB. */
    static final int XZ_MEMORY_LIMIT_KIB = 100 * 1024;

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int TAR_HEAD_BYTES = 512;

    private final TarStreamGuard guard;
    private final EndCheckingTarInputStream tar;
    private final boolean compressed;
    private final String archiveLabel;

    private TarEntryReader(TarStreamGuard guard, boolean compressed, String archiveLabel) {
        this.guard = guard;
        this.tar = new EndCheckingTarInputStream(guard);
        this.compressed = compressed;
        this.archiveLabel = archiveLabel;
    }

    /**
     * Starts reading a tar archive of the format.
     *
     * @param file   the archive's bytes from the start, buffered, which {@link #close} closes
     * @param budget counts the decompressed bytes
     * @throws IOException when the compressed data's header cannot be read
     */
    static TarEntryReader open(InputStream file, ArchiveFormat format, ReadBudget budget, String archiveLabel)
            throws IOException {
        boolean compressed = format != ArchiveFormat.TAR;
        BufferedInputStream decompressed = new BufferedInputStream(decompress(format, file), BUFFER_BYTES);
        if (compressed) {
            try {
                requireTarInside(decompressed, format, archiveLabel);
            } catch (IOException | RuntimeException e) {
                decompressed.close();
                throw e;
            }
        }
        TarStreamGuard guard = new TarStreamGuard(decompressed, compressed ? budget : null, archiveLabel);
        return new TarEntryReader(guard, compressed, archiveLabel);
    }

    @Override
    public ArchiveItem next() throws IOException {
        guard.startHeaders();
        TarArchiveEntry entry = tar.getNextEntry();
        guard.startData();
        if (entry == null) {
            if (tar.endedWithoutMarker()) {
                throw Rejections.corrupt(archiveLabel, "ends without the tar end-of-archive marker, so it is "
                        + "truncated");
            }
            return null;
        }
        if (!entry.isCheckSumOK()) {
            throw Rejections.corrupt(archiveLabel, "contains a header with a wrong checksum at entry "
                    + quote(entry.getName()));
        }
        return new ArchiveItem(entry.getName(), kindOf(entry), entry.getSize(), (entry.getMode() & 0100) != 0, -1);
    }

    @Override
    public InputStream content() {
        return tar;
    }

    @Override
    public void skip() throws IOException {
        tar.transferTo(OutputStream.nullOutputStream());
    }

    @Override
    public void finish() throws IOException {
        if (compressed) {
            guard.readTrailer();
        }
    }

    @Override
    public void close() {
        try {
            tar.close();
        } catch (IOException e) {
            // Nothing was written through this stream, so a failed close loses nothing.
        }
    }

    private static InputStream decompress(ArchiveFormat format, InputStream file) throws IOException {
        return switch (format) {
            case TAR -> file;
            case TAR_GZ -> GzipCompressorInputStream.builder().setInputStream(file).setDecompressConcatenated(true)
                    .get();
            case TAR_BZ2 -> new BZip2CompressorInputStream(file, true);
            case TAR_XZ -> new XZCompressorInputStream(file, true, XZ_MEMORY_LIMIT_KIB);
            case ZIP -> throw new IllegalArgumentException("a zip archive is not a tar stream");
        };
    }

    private static void requireTarInside(BufferedInputStream decompressed, ArchiveFormat format,
                                         String archiveLabel) throws IOException {
        decompressed.mark(TAR_HEAD_BYTES);
        byte[] head = decompressed.readNBytes(TAR_HEAD_BYTES);
        decompressed.reset();
        boolean emptyTar = head.length == TAR_HEAD_BYTES && isZero(head);
        if (!emptyTar && !ArchiveFormat.byContent(head).equals(Optional.of(ArchiveFormat.TAR))) {
            String compression = format.name().substring("TAR_".length()).toLowerCase(Locale.ROOT);
            throw new ArchiveRejectedException(Reason.UNSUPPORTED_FORMAT, archiveLabel + " contains " + compression
                    + "-compressed data that is not a tar archive. Upload a zip archive or a tar archive (plain "
                    + "or compressed with gzip, bzip2 or xz): " + ArchiveFormat.knownSuffixes() + ".");
        }
    }

    /** Returns the entry's kind. The type flag comes before a trailing slash, so a link named {@code a/} is a link. */
    private static EntryKind kindOf(TarArchiveEntry entry) {
        if (entry.isSparse()) {
            return EntryKind.SPARSE_FILE;
        }
        if (entry.isSymbolicLink()) {
            return EntryKind.SYMBOLIC_LINK;
        }
        if (entry.isLink()) {
            return EntryKind.HARD_LINK;
        }
        if (entry.isCharacterDevice()) {
            return EntryKind.CHARACTER_DEVICE;
        }
        if (entry.isBlockDevice()) {
            return EntryKind.BLOCK_DEVICE;
        }
        if (entry.isFIFO()) {
            return EntryKind.FIFO;
        }
        if (entry.isDirectory()) {
            return EntryKind.FOLDER;
        }
        byte type = entry.getLinkFlag();
        if (type == TarConstants.LF_NORMAL || type == TarConstants.LF_OLDNORM || type == TarConstants.LF_CONTIG) {
            return EntryKind.FILE;
        }
        throw new ArchiveRejectedException(Reason.SPECIAL_FILE, "Entry " + quote(entry.getName()) + " has the tar "
                + "type " + describeType(type) + ", which CodeVault does not import. CodeVault imports regular "
                + "files only. Leave it out of the archive.");
    }

    private static String describeType(byte type) {
        if (type >= 0x21 && type <= 0x7E) {
            return "'" + (char) type + "'";
        }
        return String.format(Locale.ROOT, "0x%02X", type & 0xFF);
    }

    private static boolean isZero(byte[] bytes) {
        return Arrays.equals(bytes, new byte[bytes.length]);
    }

    /**
     * The commons-compress tar reader, which also records whether the archive ended without an end marker. Its
     * {@code readRecord} returns null both for a short read and at the end of input, and {@code getNextEntry} then
     * reports a normal end. A short read before an end marker means that the archive was cut.
     */
    private static final class EndCheckingTarInputStream extends TarArchiveInputStream {

        private boolean endedWithoutMarker;

        EndCheckingTarInputStream(InputStream in) {
            super(in, StandardCharsets.UTF_8.name());
        }

        boolean endedWithoutMarker() {
            return endedWithoutMarker;
        }

        @Override
        protected byte[] readRecord() throws IOException {
            byte[] record = super.readRecord();
            if (record == null && !isAtEOF()) {
                endedWithoutMarker = true;
            }
            return record;
        }
    }
}
