package dev.codevault.backend.archive;

import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Checks uploaded archives and imports them as commits of a vault's bare repository. Archives are hostile input:
 * every check runs before anything is written, and an import that fails leaves the repository as it was.
 */
public interface ArchiveImporter {

    /** The branch every import commits to. */
    String BRANCH = "refs/heads/main";

    /** The commit-message trailer that names the upload a commit came from. */
    String UPLOAD_TRAILER = "Upload-Id";

    /**
     * Checks an archive on disk without writing anything. The whole archive is read and decompressed once, so the
     * limits apply to the bytes it really expands to. Entries under a folder named exactly {@code .git} (the
     * repository data of a project zipped with its git folder) are checked but left out, and so are empty folders.
     *
     * @param archive      the uploaded file
     * @param declaredName the file name the client gave, used only in messages and as a format hint; may be empty
     * @return what the archive holds
     * @throws ArchiveRejectedException when the archive breaks a rule: an unsupported format (the message lists the
     *                                  accepted ones), corrupt or truncated data, an entry that escapes the root or
     *                                  has an absolute path, a link, a device or other special file, a duplicate
     *                                  entry, too many entries, too large a file, total size or expansion ratio,
     *                                  an encrypted entry, or no file at all. The message quotes the entry's name as
     *                                  the archive stores it, which is the uploader's own data.
     * @throws java.io.UncheckedIOException when the file cannot be opened or read from disk
     */
    ArchiveManifest inspect(Path archive, String declaredName);

    /**
     * Writes the archive's files as a new commit on {@link #BRANCH}, whose parent is the branch's current commit.
     * If the branch's current commit already carries the upload id in its {@link #UPLOAD_TRAILER} trailer, nothing
     * is written and that commit is returned, so a job that runs again after a crash makes no second copy.
     *
     * @param archive    the uploaded file, already inspected
     * @param manifest   the result of {@link #inspect}
     * @param repository the vault's bare repository, open
     * @param uploadId   the id of the upload, recorded in the commit message: 1 to 128 printable ASCII characters
     *                   without spaces
     * @param when       the commit time
     * @param progress   receives the bytes written so far
     * @return the id of the new (or already present) commit
     * @throws ArchiveRejectedException when the archive breaks a rule found only while reading it again, or no longer
     *                                  matches the manifest
     * @throws IllegalArgumentException when the upload id is not a valid trailer value
     * @throws java.io.UncheckedIOException when the repository cannot be written, or another writer moved the branch
     *                                      during the import; the branch is left unchanged
     */
    ObjectId importAsCommit(Path archive, ArchiveManifest manifest, Repository repository, String uploadId,
                            Instant when, ImportProgress progress);
}
