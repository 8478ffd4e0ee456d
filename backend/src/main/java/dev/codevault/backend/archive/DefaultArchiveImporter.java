package dev.codevault.backend.archive;

import dev.codevault.backend.archive.ArchiveRejectedException.Reason;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports zip, tar, tar.gz (tgz), tar.bz2 and tar.xz archives, detected from their content. The declared name only
 * improves messages. {@link #inspect} reads the whole archive once and applies every rule; {@link #importAsCommit}
 * reads it again under the same rules while it writes the blobs, then writes the trees and the commit, and moves the
 * branch last, so a rejected or failed import leaves the branch as it was.
 *
 * <p>The rules and the decisions on cases that the formats leave open are documented where they are enforced:
 * {@link EntryNames} (names and paths), {@link PathIndex} (duplicates and the top-level folder), {@link ReadBudget}
 * (limits on the bytes actually read), {@link ArchiveScanner} (what is left out), {@link TarEntryReader} and
 * {@link ZipEntryReader} (format details), {@link EntryContent} (exact lengths and checksums) and
 * {@link ImportCommits} (the commit and the branch).
 *
 * <p>Memory stays flat in the size of the files: content streams from the archive into the object inserter, which
 * writes large objects through a temporary file of its own. What grows is a record per entry, bounded by
 * {@link ArchiveLimits#maxEntries()} and {@link PathIndex#MAX_TOTAL_PATH_CHARS}. Measured with paths of about 50
 * characters, that is about 0.45 KiB per tar entry and 1.3 KiB per zip entry, so 200,000 entries need about 90 MiB
 * (tar) or 270 MiB (zip) of heap ({@code bench/archive-import.sh}, {@code docs/benchmarks.md}).
 *
 * <p>NOTE: every blob is written as a loose object, one compressed file each, so an archive of many small files
 * writes as many files into the repository (about 2,000 to 4,000 files per second on the benchmark machine) until
 * {@code git gc} packs them.
 *
 * <p>Thread-safe: imports into different repositories may run at the same time. Two imports into the same repository
 * at the same time both write their objects, and the second to move the branch fails.
 */
@Singleton
public class DefaultArchiveImporter implements ArchiveImporter {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultArchiveImporter.class);
    private static final Pattern UPLOAD_ID = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final ArchiveScanner scanner;

    public DefaultArchiveImporter(ArchiveLimits limits) {
        this.scanner = new ArchiveScanner(limits);
    }

    @Override
    public ArchiveManifest inspect(Path archive, String declaredName) {
        Objects.requireNonNull(archive, "archive");
        try {
            return scanner.scan(archive, declaredName, ArchiveScanner.FileSink.DISCARD, ImportProgress.NONE, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded archive failed", e);
        } catch (ArchiveRejectedException e) {
            LOG.debug("Archive rejected on inspection: {}", e.reason());
            throw e;
        }
    }

    @Override
    public ObjectId importAsCommit(Path archive, ArchiveManifest manifest, Repository repository, String uploadId,
                                   Instant when, ImportProgress progress) {
        checkArguments(archive, manifest, repository, uploadId, when, progress);
        long started = System.nanoTime();

        // Objects written before a failure stay in the repository as unreferenced loose objects. git accepts them,
        // and gc removes them once they are older than its prune period; the branch never points to them.
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId tip = ImportCommits.branchTip(repository);
            Optional<ObjectId> earlier = ImportCommits.findUpload(repository, tip, uploadId);
            if (earlier.isPresent()) {
                LOG.info("Upload {} is already imported as commit {}; nothing written", uploadId,
                        earlier.get().name());
                return earlier.get();
            }

            ImportedTree tree = new ImportedTree();
            ArchiveManifest read = writeBlobs(archive, manifest, repository, inserter, tree, progress);
            ObjectId treeId = tree.write(inserter, read.strippedPrefix());
            ObjectId commit = ImportCommits.write(inserter, treeId, tip, uploadId, when, read);
            inserter.flush();
            ImportCommits.moveBranch(repository, tip, commit, uploadId);

            progress.update(read.totalBytes(), read.totalBytes());
            LOG.info("Imported upload {} as commit {}: {} files, {} bytes, in {} ms", uploadId, commit.name(),
                    read.files(), read.totalBytes(), (System.nanoTime() - started) / 1_000_000);
            return commit;
        } catch (IOException e) {
            throw new UncheckedIOException("Writing upload " + uploadId + " into the vault repository failed; the "
                    + "branch is unchanged", e);
        } catch (ArchiveRejectedException e) {
            LOG.info("Rejected upload {} during import: {}", uploadId, e.reason());
            throw e;
        }
    }

    private ArchiveManifest writeBlobs(Path archive, ArchiveManifest manifest, Repository repository,
                                       ObjectInserter inserter, ImportedTree tree, ImportProgress progress)
            throws IOException {
        BlobWriter blobs = new BlobWriter(inserter, repository.getDirectory().toPath());
        progress.update(0, manifest.totalBytes());
        ArchiveManifest read = scanner.scan(archive, "",
                (path, executable, length, content) -> tree.add(path, executable, blobs.insert(length, content)),
                progress, manifest.totalBytes());
        if (!read.equals(manifest)) {
            throw new ArchiveRejectedException(Reason.CORRUPT, "The archive changed between its inspection and its "
                    + "import: it now holds " + read.files() + " files of " + read.totalBytes() + " bytes, not "
                    + manifest.files() + " files of " + manifest.totalBytes() + " bytes. Upload it again.");
        }
        return read;
    }

    private static void checkArguments(Path archive, ArchiveManifest manifest, Repository repository,
                                       String uploadId, Instant when, ImportProgress progress) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(progress, "progress");
        if (uploadId == null || !UPLOAD_ID.matcher(uploadId).matches()) {
            throw new IllegalArgumentException("The upload id must be 1 to 128 printable ASCII characters without "
                    + "spaces, so that it fits on one trailer line; got " + Messages.quote(String.valueOf(uploadId)));
        }
    }
}
