package dev.codevault.backend.archive;

import static dev.codevault.backend.archive.Messages.quote;

import dev.codevault.backend.archive.ArchiveRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * The content of one file entry, exactly as long as the archive declares. The stream ends after the declared length,
 * and reaching its end checks that the archive contained no more and no fewer bytes, and that the CRC-32 matches when
 * the format records one. Every byte is counted in the {@link ReadBudget} as it is read.
 *
 * <p>A read error of the archive becomes an {@link ArchiveRejectedException}. So an {@link IOException} thrown by
 * the reader of this stream (the object inserter) always means a failure of that reader.
 *
 * <p>An entry of unknown length (-1) is read to the end of its data, up to the per-file limit.
 */
final class EntryContent extends InputStream {

    private final InputStream source;
    private final String name;
    private final long declaredLength;
    private final long expectedCrc;
    private final ReadBudget budget;
    private final String archiveLabel;
    private final CRC32 crc = new CRC32();

    private long read;
    private boolean ended;

    /**
     * Wraps an entry's data.
     *
     * @param source         the entry's data, which this stream does not close
     * @param name           the entry's name, for messages
     * @param declaredLength the length the archive declares, or -1 when it declares none
     * @param expectedCrc    the CRC-32 the archive records, or -1 when it records none
     * @param archiveLabel   how messages name the archive
     */
    EntryContent(InputStream source, String name, long declaredLength, long expectedCrc, ReadBudget budget,
                 String archiveLabel) {
        this.source = source;
        this.name = name;
        this.declaredLength = declaredLength;
        this.expectedCrc = expectedCrc;
        this.budget = budget;
        this.archiveLabel = archiveLabel;
    }

    @Override
    public int read() {
        byte[] single = new byte[1];
        int n = read(single, 0, 1);
        return n < 0 ? -1 : single[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (ended) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        if (declaredLength >= 0 && read == declaredLength) {
            checkEnd();
            return -1;
        }
        int requested = declaredLength < 0 ? length : (int) Math.min(length, declaredLength - read);
        int n = readSource(buffer, offset, requested);
        if (n < 0) {
            if (declaredLength >= 0) {
                throw corrupt("contains fewer bytes than the " + declaredLength + " it declares");
            }
            checkEnd();
            return -1;
        }
        crc.update(buffer, offset, n);
        read += n;
        budget.addFileBytes(name, read, n);
        return n;
    }

    /** Reads what is left and checks the length and the checksum, then returns the number of bytes read. */
    long finish() {
        byte[] scratch = new byte[8192];
        while (read(scratch, 0, scratch.length) >= 0) {
            // Reading to the end runs the checks.
        }
        return read;
    }

    private void checkEnd() {
        ended = true;
        if (declaredLength >= 0 && readSource(new byte[1], 0, 1) >= 0) {
            throw corrupt("contains more bytes than the " + declaredLength + " it declares");
        }
        if (expectedCrc >= 0 && crc.getValue() != expectedCrc) {
            throw corrupt("does not match its CRC-32 checksum");
        }
    }

    private int readSource(byte[] buffer, int offset, int length) {
        try {
            return source.read(buffer, offset, length);
        } catch (IOException | IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
            // commons-compress reports some malformed data with unchecked exceptions, so those count as damage too.
            throw Rejections.unreadable(archiveLabel, name, e);
        }
    }

    private ArchiveRejectedException corrupt(String problem) {
        return new ArchiveRejectedException(Reason.CORRUPT, "Entry " + quote(name) + " " + problem + ", so "
                + Rejections.lowerFirst(archiveLabel) + " is damaged. " + Rejections.RECREATE);
    }
}
