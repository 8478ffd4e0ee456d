package dev.codevault.backend.archive;

import static dev.codevault.backend.archive.Messages.quote;

import dev.codevault.backend.archive.ArchiveRejectedException.Reason;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.GeneralPurposeBit;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * Reads a zip archive through its central directory, the list that zip tools show and extract, with the file open
 * for random access. Entries are read in the order of their data in the file.
 *
 * <p>Decisions for the cases the zip format leaves open:
 * <ul>
 *   <li>Sizes, CRC-32 and permissions come from the central directory. The local headers and data descriptors are
 *       not consulted for them, so an entry with a data descriptor reads like any other. The scanner still counts
 *       the bytes that decompression yields and rejects an entry whose declared size or CRC-32 does not match.</li>
 *   <li>The central directory may list at most as many records as the entry limit ({@link ZipDirectory}).
 *       NOTE: commons-compress keeps every entry of the central directory in memory while the archive is open. The
 *       benchmark measured 1.3 KiB per zip entry against 0.45 KiB per tar entry, so about 0.9 KiB of each is
 *       commons-compress's, and a zip at the 200,000-entry limit needs about 270 MiB of heap to import.</li>
 *   <li>Entries whose data overlap another entry's local header or data are rejected: no zip tool writes them, and
 *       zip bombs use them to expand the same bytes many times.</li>
 *   <li>Permissions and file types are read from the Unix mode that Unix zip tools store. A symbolic link, device,
 *       FIFO or socket is returned as such for the scanner to reject. Archives from other systems have no mode, so
 *       their entries are files or, with a trailing {@code /}, folders, and none is executable.</li>
 *   <li>Encrypted entries are rejected. Entries are read when stored or compressed with Deflate, Deflate64 or bzip2.
 *       Other methods (LZMA, XZ, Zstandard, PPMd, and the legacy shrink and implode) are rejected as unsupported,
 *       which also keeps decoders with large memory needs out.</li>
 *   <li>An entry made on MS-DOS or Windows whose name contains {@code \} but no {@code /} has its backslashes read as
 *       separators (commons-compress does this), as Windows tools mean them. The path then passes the same rules, so
 *       {@code ..\x} still escapes the root. Any other backslash is rejected by {@link EntryNames}.</li>
 *   <li>Names are UTF-8 when the entry's language-encoding flag is set or a Unicode path field is present. A name
 *       without either that is not valid UTF-8 is decoded as IBM code page 437, the zip format's default, which old
 *       Windows tools write.</li>
 *   <li>Archives inside the archive are files like any other: they are stored as they are and never opened, so a
 *       nested bomb expands by nothing.</li>
 * </ul>
 */
final class ZipEntryReader implements EntryReader {

    private static final Set<ZipMethod> READ_METHODS = EnumSet.of(ZipMethod.STORED, ZipMethod.DEFLATED,
            ZipMethod.ENHANCED_DEFLATED, ZipMethod.BZIP2);
    private static final String LEGACY_NAME_CHARSET = "IBM437";

    private final ZipFile zip;
    private final Iterator<ZipArchiveEntry> entries;
    private final ReadBudget budget;
    private final String archiveLabel;

    private ZipArchiveEntry current;
    private InputStream currentContent;

    private ZipEntryReader(ZipFile zip, List<ZipArchiveEntry> entries, ReadBudget budget, String archiveLabel) {
        this.zip = zip;
        this.entries = entries.iterator();
        this.budget = budget;
        this.archiveLabel = archiveLabel;
    }

    /**
     * Reads the central directory of a zip archive.
     *
     * @param channel    the archive, open for reading, which {@link #close} closes
     * @param maxEntries the maximum number of central directory records to read
     * @param budget     counts the decompressed bytes
     * @throws IOException when the central directory cannot be read
     */
    static ZipEntryReader open(SeekableByteChannel channel, long maxEntries, ReadBudget budget, String archiveLabel)
            throws IOException {
        ZipDirectory.countRecords(channel, maxEntries, archiveLabel);
        channel.position(0);
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).setCharset(StandardCharsets.UTF_8)
                .setUseUnicodeExtraFields(true).get();
        try {
            List<ZipArchiveEntry> ordered = Collections.list(zip.getEntriesInPhysicalOrder());
            checkNoOverlap(ordered, archiveLabel);
            return new ZipEntryReader(zip, ordered, budget, archiveLabel);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public ArchiveItem next() throws IOException {
        closeContent();
        if (!entries.hasNext()) {
            current = null;
            return null;
        }
        current = entries.next();
        String name = nameOf(current);
        EntryKind kind = kindOf(current);
        if (kind == EntryKind.FILE) {
            checkReadable(current, name);
        }
        boolean executable = (current.getUnixMode() & 0100) != 0;
        return new ArchiveItem(name, kind, current.getSize(), executable, current.getCrc());
    }

    @Override
    public InputStream content() throws IOException {
        if (current == null) {
            throw new IllegalStateException("no current entry");
        }
        closeContent();
        currentContent = new ExpansionCounter(zip.getInputStream(current), budget);
        return currentContent;
    }

    @Override
    public void skip() {
        // Entries are read by position, so an entry that is left out needs no reading.
    }

    @Override
    public void finish() {
        // The central directory was read whole when the archive was opened, so its end is known to be intact.
    }

    @Override
    public void close() {
        try (ZipFile closing = zip) {
            closeContent();
        } catch (IOException e) {
            // Nothing was written through the archive, so a failed close loses nothing.
        }
    }

    /** Closes the previous entry's stream, which releases its decompressor's native memory at once. */
    private void closeContent() throws IOException {
        if (currentContent != null) {
            InputStream previous = currentContent;
            currentContent = null;
            previous.close();
        }
    }

    private static void checkNoOverlap(List<ZipArchiveEntry> ordered, String archiveLabel) {
        ZipArchiveEntry previous = null;
        for (ZipArchiveEntry entry : ordered) {
            if (previous != null
                    && previous.getDataOffset() + previous.getCompressedSize() > entry.getLocalHeaderOffset()) {
                throw Rejections.corrupt(archiveLabel, "contains entries " + quote(previous.getName()) + " and "
                        + quote(entry.getName()) + " whose data overlap, which no zip tool writes and zip bombs use");
            }
            previous = entry;
        }
    }

    private void checkReadable(ZipArchiveEntry entry, String name) {
        GeneralPurposeBit flags = entry.getGeneralPurposeBit();
        if (flags.usesEncryption() || flags.usesStrongEncryption()) {
            throw new ArchiveRejectedException(Reason.ENCRYPTED, "Entry " + quote(name) + " is encrypted, and "
                    + "CodeVault cannot read encrypted entries. Create the archive again without a password.");
        }
        ZipMethod method = ZipMethod.getMethodByCode(entry.getMethod());
        if (!READ_METHODS.contains(method) || !zip.canReadEntryData(entry)) {
            String described = method == null ? "number " + entry.getMethod() : method.name();
            throw new ArchiveRejectedException(Reason.UNSUPPORTED_FORMAT, "Entry " + quote(name) + " is compressed "
                    + "with the zip method " + described + ", which CodeVault does not read. Create the archive "
                    + "again with Deflate, the default compression of zip tools.");
        }
    }

    private static EntryKind kindOf(ZipArchiveEntry entry) {
        int type = entry.getUnixMode() & UnixStat.FILE_TYPE_FLAG;
        switch (type) {
            case UnixStat.LINK_FLAG:
                return EntryKind.SYMBOLIC_LINK;
            case 0020000:
                return EntryKind.CHARACTER_DEVICE;
            case 0060000:
                return EntryKind.BLOCK_DEVICE;
            case 0010000:
                return EntryKind.FIFO;
            case 0140000:
                return EntryKind.SOCKET;
            case UnixStat.DIR_FLAG:
                return EntryKind.FOLDER;
            default:
                return entry.isDirectory() ? EntryKind.FOLDER : EntryKind.FILE;
        }
    }

    private static String nameOf(ZipArchiveEntry entry) {
        boolean declaredUnicode = entry.getGeneralPurposeBit().usesUTF8ForNames()
                || entry.getNameSource() == ZipArchiveEntry.NameSource.UNICODE_EXTRA_FIELD;
        byte[] raw = entry.getRawName();
        if (declaredUnicode || raw == null || isUtf8(raw) || !Charset.isSupported(LEGACY_NAME_CHARSET)) {
            return entry.getName();
        }
        return new String(raw, Charset.forName(LEGACY_NAME_CHARSET));
    }

    private static boolean isUtf8(byte[] raw) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Counts the bytes that an entry's decompression yields as expanded bytes. */
    private static final class ExpansionCounter extends FilterInputStream {

        private final ReadBudget budget;

        ExpansionCounter(InputStream in, ReadBudget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                budget.addExpanded(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                budget.addExpanded(n);
            }
            return n;
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("entry data is read, never skipped");
        }
    }
}
