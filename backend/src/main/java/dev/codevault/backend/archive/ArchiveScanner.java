package dev.codevault.backend.archive;

import static dev.codevault.backend.archive.Messages.quote;
import static dev.codevault.backend.archive.Messages.size;

import dev.codevault.backend.analysis.source.ArchiveFormat;
import dev.codevault.backend.archive.ArchiveRejectedException.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an archive once, from its first entry to its end, and applies every rule to every entry: the format from the
 * content, the entry kinds, the names ({@link EntryNames}), duplicates ({@link PathIndex}), and the limits on the
 * bytes actually read ({@link ReadBudget}). The first broken rule stops the read with an
 * {@link ArchiveRejectedException}. Files go to a {@link FileSink} as they are read, each as a stream of its exact
 * content, and the scanner itself writes nothing.
 *
 * <p>Entries under a segment named exactly {@code .git} (the repository data of a project zipped with its git
 * folder) are checked like every entry but left out. Empty folders are left out too, because git cannot store them.
 * An archive whose entries are all left out contains no file and is rejected.
 *
 * <p>Stateless and thread-safe, because each scan has its own counters.
 */
final class ArchiveScanner {

    private static final int HEAD_BYTES = 512;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final ArchiveLimits limits;

    ArchiveScanner(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** Receives the files of an archive in order, as they are read. */
    @FunctionalInterface
    interface FileSink {

        /** Leaves the content to the scanner, which reads and checks it to its end. */
        FileSink DISCARD = (path, executable, length, content) -> { };

        /**
         * Receives one file. The content stream checks the length and checksum when it reaches its end, and the
         * scanner reads whatever the sink leaves.
         *
         * @param path       the normalised path, before the top-level folder is stripped
         * @param executable whether the archive marks the file executable
         * @param length     the exact length of the content, or -1 when the archive does not declare it
         * @param content    the content; reading it may throw {@link ArchiveRejectedException}
         * @throws IOException when the sink fails to store the file
         */
        void accept(String path, boolean executable, long length, InputStream content) throws IOException;
    }

    /**
     * Reads and checks the whole archive.
     *
     * @param declaredName  the name the client gave the file, for messages, or an empty string
     * @param sink          receives the files
     * @param progress      receives the file bytes read so far
     * @param progressTotal the total that progress reports carry
     * @return what the archive contains
     * @throws ArchiveRejectedException when the archive breaks a rule
     * @throws IOException              when the archive cannot be opened or the sink fails
     */
    ArchiveManifest scan(Path archive, String declaredName, FileSink sink, ImportProgress progress,
                         long progressTotal) throws IOException {
        String label = Messages.archive(declaredName);
        long archiveBytes = Files.size(archive);
        checkArchiveSize(label, archiveBytes);

        try (SeekableByteChannel channel = Files.newByteChannel(archive)) {
            ArchiveFormat format = detectFormat(channel, declaredName, label);
            ReadBudget budget = new ReadBudget(limits, label, archiveBytes, progress, progressTotal);
            try (EntryReader reader = openReader(channel, format, budget, label)) {
                return readEntries(reader, format, budget, sink, label);
            }
        }
    }

    private void checkArchiveSize(String label, long archiveBytes) {
        if (archiveBytes == 0) {
            throw new ArchiveRejectedException(Reason.EMPTY, label + " is an empty file. Upload the archive again.");
        }
        if (archiveBytes > limits.maxArchiveBytes()) {
            throw new ArchiveRejectedException(Reason.TOO_LARGE, label + " is " + size(archiveBytes) + ", more than "
                    + "the " + size(limits.maxArchiveBytes()) + " CodeVault accepts. Leave out large binary, "
                    + "generated or vendored files and create the archive again.");
        }
    }

    private static ArchiveFormat detectFormat(SeekableByteChannel channel, String declaredName, String label)
            throws IOException {
        ByteBuffer head = ByteBuffer.allocate(HEAD_BYTES);
        while (head.hasRemaining() && channel.read(head) >= 0) {
            // Fill the head, or stop at the end of a short file.
        }
        channel.position(0);
        Optional<ArchiveFormat> format = ArchiveFormat.byContent(Arrays.copyOf(head.array(), head.position()));
        if (format.isPresent()) {
            return format.get();
        }
        String nameHint = ArchiveFormat.byName(declaredName == null ? "" : declaredName)
                .map(named -> ": its name ends like " + describe(named) + " archive, but its content is not one")
                .orElse("");
        throw new ArchiveRejectedException(Reason.UNSUPPORTED_FORMAT, label + " is not an archive CodeVault reads"
                + nameHint + ". Upload a zip archive or a tar archive, plain or compressed with gzip, bzip2 or xz ("
                + ArchiveFormat.knownSuffixes() + ").");
    }

    private EntryReader openReader(SeekableByteChannel channel, ArchiveFormat format, ReadBudget budget,
                                   String label) {
        return reading(label, null, () -> {
            if (format == ArchiveFormat.ZIP) {
                return ZipEntryReader.open(channel, limits.maxEntries(), budget, label);
            }
            InputStream file = new BufferedInputStream(Channels.newInputStream(channel), BUFFER_BYTES);
            return TarEntryReader.open(file, format, budget, label);
        });
    }

    private ArchiveManifest readEntries(EntryReader reader, ArchiveFormat format, ReadBudget budget, FileSink sink,
                                        String label) throws IOException {
        EntryNames names = new EntryNames();
        PathIndex index = new PathIndex(label);
        long files = 0;
        long fileBytes = 0;

        for (ArchiveItem item = nextItem(reader, label); item != null; item = nextItem(reader, label)) {
            budget.countEntry();
            if (!item.kind().isAccepted()) {
                throw item.kind().reject(quote(item.name()));
            }
            boolean folder = item.kind() == EntryKind.FOLDER;
            String path = names.normalise(item.name(), folder);
            if (EntryNames.isRepositoryData(path)) {
                skipEntry(reader, item, label);
                continue;
            }
            if (!path.isEmpty()) {
                names.checkStorable(item.name(), path);
            }
            if (folder) {
                checkFolderHoldsNoData(item, label);
                index.addFolder(item.name(), path);
                continue;
            }
            index.addFile(item.name(), path);
            budget.checkDeclaredSize(item.name(), item.declaredSize());
            fileBytes += readFile(reader, item, path, sink, budget, label);
            files++;
        }

        finishReading(reader, label);
        if (files == 0) {
            throw new ArchiveRejectedException(Reason.EMPTY, label + " contains no regular file (folders, and "
                    + "repository data under '.git', are not imported). Add the project's files and upload it again.");
        }
        return new ArchiveManifest(format, files, fileBytes, index.strippedPrefix());
    }

    private static long readFile(EntryReader reader, ArchiveItem item, String path, FileSink sink,
                                 ReadBudget budget, String label) throws IOException {
        InputStream data = openContent(reader, item, label);
        EntryContent content = new EntryContent(data, item.name(), item.declaredSize(), item.crc(), budget, label);
        sink.accept(path, item.executable(), item.declaredSize(), content);
        return content.finish();
    }

    private static void checkFolderHoldsNoData(ArchiveItem item, String label) {
        if (item.declaredSize() > 0) {
            throw Rejections.corrupt(label, "contains the folder entry " + quote(item.name()) + " with "
                    + size(item.declaredSize()) + " of data, which a folder cannot have");
        }
    }

    private static ArchiveItem nextItem(EntryReader reader, String label) {
        return reading(label, null, reader::next);
    }

    private static InputStream openContent(EntryReader reader, ArchiveItem item, String label) {
        return reading(label, item.name(), reader::content);
    }

    private static void skipEntry(EntryReader reader, ArchiveItem item, String label) {
        reading(label, item.name(), () -> {
            reader.skip();
            return null;
        });
    }

    private static void finishReading(EntryReader reader, String label) {
        reading(label, null, () -> {
            reader.finish();
            return null;
        });
    }

    /**
     * Runs one read of the archive and turns its failure into a rejection. commons-compress reports some malformed
     * input with unchecked exceptions (bad numbers, offsets and lengths), so those count as damage too.
     */
    private static <T> T reading(String label, String entryName, ArchiveRead<T> read) {
        try {
            return read.run();
        } catch (IOException | IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
            throw Rejections.unreadable(label, entryName, e);
        }
    }

    /** One read of the archive. */
    @FunctionalInterface
    private interface ArchiveRead<T> {
        T run() throws IOException;
    }

    private static String describe(ArchiveFormat format) {
        return "a " + format.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
