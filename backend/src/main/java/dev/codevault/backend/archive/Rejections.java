package dev.codevault.backend.archive;

import static dev.codevault.backend.archive.Messages.quote;
import static dev.codevault.backend.archive.Messages.size;

import dev.codevault.backend.archive.ArchiveRejectedException.Reason;
import org.apache.commons.compress.MemoryLimitException;

/** Builds the rejections that several readers share: damaged archives and data that cannot be decompressed. */
final class Rejections {

    /** The advice that ends every message about a damaged archive. */
    static final String RECREATE = "Check that the upload is complete, or create the archive again.";

    private static final long KIB = 1024;

    private Rejections() {
    }

    /** Returns a rejection of an archive that is damaged in the way the problem describes. */
    static ArchiveRejectedException corrupt(String archiveLabel, String problem) {
        return new ArchiveRejectedException(Reason.CORRUPT, archiveLabel + " " + problem + ". " + RECREATE);
    }

    /**
     * Returns the rejection for a failed read of the archive. A rejection that a check raised inside the library's
     * call stack is returned as it was. A decompressor's memory limit becomes {@link Reason#EXPANSION_TOO_LARGE}.
     * Anything else is {@link Reason#CORRUPT}, with the failure kept as the cause.
     *
     * @param entryName the entry being read, or null when the failure is in the archive's structure
     */
    static ArchiveRejectedException unreadable(String archiveLabel, String entryName, Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ArchiveRejectedException rejection) {
                return rejection;
            }
            if (cause instanceof MemoryLimitException limit) {
                return new ArchiveRejectedException(Reason.EXPANSION_TOO_LARGE, archiveLabel + " needs "
                        + size(limit.getMemoryNeededInKb() * KIB) + " of memory to decompress, more than the "
                        + size(limit.getMemoryLimitInKb() * KIB) + " CodeVault allows. Compress it again with a "
                        + "smaller dictionary (xz -9 or a lower preset).", failure);
            }
        }
        String where = entryName == null ? "" : " at entry " + quote(entryName);
        return new ArchiveRejectedException(Reason.CORRUPT, archiveLabel + " is damaged or truncated: reading it "
                + "failed" + where + ". " + RECREATE, failure);
    }

    /** Returns the label with its first letter in lower case, for use inside a sentence. */
    static String lowerFirst(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
