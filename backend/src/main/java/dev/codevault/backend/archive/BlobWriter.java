package dev.codevault.backend.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * Writes file content as git blobs without holding it in memory. JGit's inserter needs the length before the first
 * byte, because the length is part of the object's header and hash. Content of known length streams straight into
 * it. Content of unknown length is first copied to a temporary file in the repository's folder, which is deleted
 * whether the insert succeeds or not.
 *
 * <p>NOTE: the tar and zip readers always declare a length (tar headers and the zip central directory carry one), so
 * the temporary file is used only when an archive reader reports none.
 */
final class BlobWriter {

    private final ObjectInserter inserter;
    private final Path spillFolder;

    /**
     * Creates a writer.
     *
     * @param inserter    the repository's inserter, which the caller closes
     * @param spillFolder where content of unknown length is copied first: the repository's own folder, so that the
     *                    copy stays on the same disk and under the same access rights as the objects
     */
    BlobWriter(ObjectInserter inserter, Path spillFolder) {
        this.inserter = inserter;
        this.spillFolder = spillFolder;
    }

    /**
     * Inserts one blob.
     *
     * @param length  the exact length of the content, or -1 when it is unknown
     * @param content the content, read to its end
     * @return the blob's id
     * @throws IOException when writing the object or the temporary file fails
     */
    ObjectId insert(long length, InputStream content) throws IOException {
        if (length >= 0) {
            return inserter.insert(Constants.OBJ_BLOB, length, content);
        }
        Path spill = Files.createTempFile(spillFolder, "import-", ".tmp");
        try {
            long copied;
            try (OutputStream out = Files.newOutputStream(spill)) {
                copied = content.transferTo(out);
            }
            try (InputStream copy = Files.newInputStream(spill)) {
                return inserter.insert(Constants.OBJ_BLOB, copied, copy);
            }
        } finally {
            Files.deleteIfExists(spill);
        }
    }
}
