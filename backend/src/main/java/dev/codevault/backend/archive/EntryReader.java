package dev.codevault.backend.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the entries of one archive in order. A reader applies the checks that only its format needs (a bad checksum,
 * an encrypted entry, an unsupported compression method, overlapping entries) and throws
 * {@link ArchiveRejectedException}. The rules for every format are the scanner's.
 */
interface EntryReader extends Closeable {

    /**
     * Moves to the next entry.
     *
     * @return the entry, or null after the last one
     * @throws IOException when the archive cannot be read
     */
    ArchiveItem next() throws IOException;

    /**
     * Opens the data of the entry that {@link #next} returned last. The stream is valid until the next call of
     * {@link #next} and need not be closed.
     *
     * @throws IOException when the archive cannot be read
     */
    InputStream content() throws IOException;

    /**
     * Passes over the data of the entry that {@link #next} returned last without keeping it, for entries that are
     * left out of the import.
     *
     * @throws IOException when the archive cannot be read
     */
    void skip() throws IOException;

    /**
     * Checks the end of the archive after {@link #next} returned null, for formats that can tell a complete archive
     * from a truncated one there.
     *
     * @throws IOException when the archive cannot be read
     */
    void finish() throws IOException;

    /** Closes the archive; a failure to close a file opened only for reading is ignored. */
    @Override
    void close();
}
