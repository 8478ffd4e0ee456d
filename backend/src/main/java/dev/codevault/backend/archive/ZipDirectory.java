package dev.codevault.backend.archive;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;

/**
 * Counts the records of a zip archive's central directory before commons-compress parses it. Its {@code ZipFile}
 * (1.28) keeps every record in memory and reads records for as long as they follow each other, whatever count the
 * archive declares, so a hostile archive of millions of tiny records could fill the heap. This walk starts where
 * {@code ZipFile} starts, reads the same records without keeping them, and stops at the first record past the limit.
 *
 * <p>Where the walk starts: the end of central directory record is the last signature in the final 65,557 bytes (its
 * 22 bytes plus the longest comment). With a Zip64 locator right before it, the Zip64 record gives the directory's
 * offset. Otherwise the directory starts at the larger of two positions: the declared offset, and the end record's
 * position minus the declared length. The second finds the directory of an archive with bytes prepended.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int RECORD_SIGNATURE = 0x02014b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT_LENGTH = 0xFFFF;
    private static final int ZIP64_LOCATOR_LENGTH = 20;
    private static final int ZIP64_END_LENGTH = 56;
    private static final int RECORD_LENGTH = 46;

    private ZipDirectory() {
    }

    /**
     * Returns the number of central directory records, reading no further than the record after the limit.
     *
     * @throws ArchiveRejectedException with {@code TOO_MANY_ENTRIES} past the limit, or {@code CORRUPT} when there is
     *                                  no end record or a record is cut short
     * @throws IOException              when the file cannot be read
     */
    static long countRecords(SeekableByteChannel channel, long maxRecords, String archiveLabel) throws IOException {
        try {
            long end = findEndRecord(channel);
            if (end < 0) {
                throw Rejections.corrupt(archiveLabel, "has no zip end of central directory record, so it is "
                        + "truncated");
            }
            return walkRecords(channel, directoryStart(channel, end, archiveLabel), maxRecords, archiveLabel);
        } catch (EOFException e) {
            throw Rejections.unreadable(archiveLabel, null, e);
        }
    }

    private static long walkRecords(SeekableByteChannel channel, long start, long maxRecords, String archiveLabel)
            throws IOException {
        long position = start;
        long records = 0;
        while (readInt(channel, position) == RECORD_SIGNATURE) {
            ByteBuffer record = read(channel, position, RECORD_LENGTH);
            records++;
            if (records > maxRecords) {
                throw ReadBudget.tooManyEntries(archiveLabel, maxRecords);
            }
            long variableLength = (long) unsignedShort(record, 28) + unsignedShort(record, 30)
                    + unsignedShort(record, 32);
            position += RECORD_LENGTH + variableLength;
        }
        return records;
    }

    private static long findEndRecord(SeekableByteChannel channel) throws IOException {
        long size = channel.size();
        if (size < END_LENGTH) {
            return -1;
        }
        long tailStart = Math.max(0, size - END_LENGTH - MAX_COMMENT_LENGTH);
        ByteBuffer tail = read(channel, tailStart, (int) (size - tailStart));
        for (int offset = (int) (size - END_LENGTH - tailStart); offset >= 0; offset--) {
            if (tail.getInt(offset) == END_SIGNATURE) {
                return tailStart + offset;
            }
        }
        return -1;
    }

    private static long directoryStart(SeekableByteChannel channel, long end, String archiveLabel)
            throws IOException {
        if (end > ZIP64_LOCATOR_LENGTH && readInt(channel, end - ZIP64_LOCATOR_LENGTH) == ZIP64_LOCATOR_SIGNATURE) {
            long zip64End = read(channel, end - ZIP64_LOCATOR_LENGTH, ZIP64_LOCATOR_LENGTH).getLong(8);
            if (zip64End < 0 || zip64End > channel.size() - ZIP64_END_LENGTH
                    || readInt(channel, zip64End) != ZIP64_END_SIGNATURE) {
                throw Rejections.corrupt(archiveLabel, "has a damaged Zip64 end of central directory record");
            }
            return read(channel, zip64End, ZIP64_END_LENGTH).getLong(48);
        }
        ByteBuffer record = read(channel, end, END_LENGTH);
        long directoryLength = Integer.toUnsignedLong(record.getInt(12));
        long directoryOffset = Integer.toUnsignedLong(record.getInt(16));
        return Math.max(end - directoryLength, directoryOffset);
    }

    private static int readInt(SeekableByteChannel channel, long position) throws IOException {
        return read(channel, position, Integer.BYTES).getInt(0);
    }

    private static int unsignedShort(ByteBuffer buffer, int offset) {
        return Short.toUnsignedInt(buffer.getShort(offset));
    }

    private static ByteBuffer read(SeekableByteChannel channel, long position, int length) throws IOException {
        if (position < 0) {
            throw new EOFException("negative position " + position);
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(position);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("the zip archive ends inside a record at " + position);
            }
        }
        return buffer;
    }
}
