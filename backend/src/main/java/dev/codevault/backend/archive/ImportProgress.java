package dev.codevault.backend.archive;

/** Receives the progress of an import; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    /** Ignores progress. */
    ImportProgress NONE = (done, total) -> { };

    /**
     * Reports how far the import got.
     *
     * @param bytesDone  bytes of file content written so far
     * @param bytesTotal bytes of file content in the archive
     */
    void update(long bytesDone, long bytesTotal);
}
