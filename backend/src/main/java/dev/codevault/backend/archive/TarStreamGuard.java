package dev.codevault.backend.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The stream between the decompressor and the tar reader. It counts every decompressed byte in the
 * {@link ReadBudget}, and it bounds the bytes that the tar reader consumes outside of file data. commons-compress
 * 1.28 would otherwise read them without limit, because it reads GNU long names and pax extended headers whole into
 * memory and follows chained headers by recursion. One entry's headers may take {@value #MAX_HEADER_BYTES} bytes, and
 * the data after the tar end marker may take {@value #MAX_TRAILING_BYTES} bytes.
 *
 * <p>Skipping goes through {@link #read}, so that skipped bytes are counted too.
 */
final class TarStreamGuard extends FilterInputStream {

    /** The maximum bytes of one entry's headers: long names, pax extended headers and the header block. */
    static final int MAX_HEADER_BYTES = 256 * 1024;

    /** The maximum bytes of a compressed tar after the tar end marker, such as record padding (1 MiB). */
    static final long MAX_TRAILING_BYTES = 1L << 20;

    private enum Phase { DATA, HEADERS, TRAILER }

    private final ReadBudget expansionBudget;
    private final String archiveLabel;

    private Phase phase = Phase.DATA;
    private long phaseBytes;

    /**
     * Guards a decompressed tar stream.
     *
     * @param expansionBudget counts the decompressed bytes, or null for a plain tar, which decompresses nothing
     * @param archiveLabel    how messages name the archive
     */
    TarStreamGuard(InputStream decompressed, ReadBudget expansionBudget, String archiveLabel) {
        super(decompressed);
        this.expansionBudget = expansionBudget;
        this.archiveLabel = archiveLabel;
    }

    /** Marks the start of reading an entry's headers. */
    void startHeaders() {
        startPhase(Phase.HEADERS);
    }

    /** Marks the start of reading an entry's data, which the file limits bound instead. */
    void startData() {
        startPhase(Phase.DATA);
    }

    /** Reads everything after the tar end marker, so that the decompressor checks its own end and checksum. */
    void readTrailer() throws IOException {
        startPhase(Phase.TRAILER);
        byte[] scratch = new byte[8192];
        while (read(scratch, 0, scratch.length) >= 0) {
            // Counting happens in read.
        }
    }

    @Override
    public int read() throws IOException {
        byte[] single = new byte[1];
        int n = read(single, 0, 1);
        return n < 0 ? -1 : single[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long skipped = 0;
        while (skipped < n) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // Marking stays off, so that every byte passes through read once and is counted once.
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark and reset are not supported");
    }

    private void startPhase(Phase next) {
        phase = next;
        phaseBytes = 0;
    }

    private void count(int n) {
        if (expansionBudget != null) {
            expansionBudget.addExpanded(n);
        }
        if (phase == Phase.DATA) {
            return;
        }
        phaseBytes += n;
        if (phase == Phase.HEADERS && phaseBytes > MAX_HEADER_BYTES) {
            throw Rejections.corrupt(archiveLabel, "contains an entry whose headers (long names and pax extended "
                    + "headers) take more than " + Messages.size(MAX_HEADER_BYTES) + ", which no real archive needs");
        }
        if (phase == Phase.TRAILER && phaseBytes > MAX_TRAILING_BYTES) {
            throw Rejections.corrupt(archiveLabel, "contains more than " + Messages.size(MAX_TRAILING_BYTES)
                    + " of data after the end of its tar archive");
        }
    }
}
