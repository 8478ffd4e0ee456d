package dev.codevault.backend.archive;

import static dev.codevault.backend.archive.Messages.quote;
import static dev.codevault.backend.archive.Messages.size;

import dev.codevault.backend.archive.ArchiveRejectedException.Reason;

/**
 * The counters of one read of an archive, checked against {@link ArchiveLimits} as the bytes arrive, so a read stops
 * at the first byte past a limit. Declared sizes only make a read fail sooner ({@link #checkDeclaredSize}) and never
 * let a read go further.
 *
 * <p>Two amounts are counted. File bytes are the content of the regular files, checked against the per-file and
 * total limits. Expanded bytes are what decompression produced. For a zip, they are the data of its entries. For a
 * compressed tar, they are the whole tar stream: headers, padding and the data of every entry. A plain tar
 * decompresses nothing. The expansion ratio compares expanded bytes with the archive's size, but only once they pass
 * {@value #RATIO_FLOOR_BYTES} bytes, so that a small archive of empty or repetitive files is not mistaken for a bomb.
 *
 * <p>Progress is reported at most once per {@value #PROGRESS_STEP_BYTES} bytes of file content.
 */
final class ReadBudget {

    /** Expanded bytes below which the expansion ratio is not checked (1 MiB). */
    static final long RATIO_FLOOR_BYTES = 1L << 20;

    /** File bytes between two progress reports (4 MiB). */
    static final long PROGRESS_STEP_BYTES = 4L << 20;

    private final ArchiveLimits limits;
    private final String archiveLabel;
    private final long archiveBytes;
    private final long maxExpandedBytes;
    private final ImportProgress progress;
    private final long progressTotal;

    private long entries;
    private long fileBytes;
    private long expandedBytes;
    private long nextProgressAt = PROGRESS_STEP_BYTES;

    /**
     * Creates the counters for one read.
     *
     * @param archiveLabel  how messages name the archive, from {@link Messages#archive}
     * @param archiveBytes  the archive's size on disk
     * @param progress      receives the file bytes read so far
     * @param progressTotal the total passed to {@code progress}
     */
    ReadBudget(ArchiveLimits limits, String archiveLabel, long archiveBytes, ImportProgress progress,
               long progressTotal) {
        this.limits = limits;
        this.archiveLabel = archiveLabel;
        this.archiveBytes = archiveBytes;
        this.maxExpandedBytes = Math.max(RATIO_FLOOR_BYTES, saturatedProduct(archiveBytes,
                limits.maxExpansionRatio()));
        this.progress = progress;
        this.progressTotal = progressTotal;
    }

    /** Counts one more entry of any kind. */
    void countEntry() {
        entries++;
        if (entries > limits.maxEntries()) {
            throw tooManyEntries(archiveLabel, limits.maxEntries());
        }
    }

    /** Returns the rejection of an archive with more entries than the limit. */
    static ArchiveRejectedException tooManyEntries(String archiveLabel, long maxEntries) {
        return new ArchiveRejectedException(Reason.TOO_MANY_ENTRIES, archiveLabel + " contains more than " + maxEntries
                + " entries (files and folders), the most CodeVault accepts. Leave out generated, vendored or build "
                + "output folders and create the archive again.");
    }

    /** Rejects a file whose declared size already breaks the per-file or the total limit, before it is read. */
    void checkDeclaredSize(String name, long declaredBytes) {
        if (declaredBytes > limits.maxFileBytes()) {
            throw fileTooLarge(name);
        }
        if (declaredBytes > limits.maxTotalBytes() - fileBytes) {
            throw totalTooLarge();
        }
    }

    /**
     * Counts bytes of one file's content as they are read.
     *
     * @param name      the entry's name, for messages
     * @param fileSoFar the bytes of this file read so far, these included
     * @param added     the bytes just read
     */
    void addFileBytes(String name, long fileSoFar, long added) {
        if (fileSoFar > limits.maxFileBytes()) {
            throw fileTooLarge(name);
        }
        fileBytes += added;
        if (fileBytes > limits.maxTotalBytes()) {
            throw totalTooLarge();
        }
        if (fileBytes >= nextProgressAt) {
            progress.update(fileBytes, progressTotal);
            nextProgressAt = fileBytes - fileBytes % PROGRESS_STEP_BYTES + PROGRESS_STEP_BYTES;
        }
    }

    /** Counts bytes that decompression produced. */
    void addExpanded(long added) {
        expandedBytes += added;
        if (expandedBytes > maxExpandedBytes) {
            throw new ArchiveRejectedException(Reason.EXPANSION_TOO_LARGE, archiveLabel + " expands to more than "
                    + limits.maxExpansionRatio() + " times its size of " + size(archiveBytes) + ", as decompression "
                    + "bombs do. CodeVault stopped reading it. If the content is genuine, leave out the most "
                    + "repetitive files or compress the archive less.");
        }
    }

    /** Returns the file bytes read so far. */
    long fileBytes() {
        return fileBytes;
    }

    private ArchiveRejectedException fileTooLarge(String name) {
        return new ArchiveRejectedException(Reason.TOO_LARGE, "Entry " + quote(name) + " is larger than "
                + size(limits.maxFileBytes()) + ", the most CodeVault accepts for one file. Leave it out of the "
                + "archive.");
    }

    private ArchiveRejectedException totalTooLarge() {
        return new ArchiveRejectedException(Reason.TOO_LARGE, "The files in " + Rejections.lowerFirst(archiveLabel)
                + " add up to more than " + size(limits.maxTotalBytes()) + ", the most CodeVault accepts. Leave out "
                + "large binary, generated or vendored files and create the archive again.");
    }

    private static long saturatedProduct(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            // A product past Long.MAX_VALUE means no archive could reach the ratio.
            return Long.MAX_VALUE;
        }
    }
}
