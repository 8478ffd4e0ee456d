package dev.codevault.desktop.newvault;

import dev.codevault.desktop.errors.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks a file before it is uploaded as a vault's archive: a kind the server imports and a size it accepts, so a
 * wrong file is rejected at once instead of after a long upload. The server checks again.
 */
public final class ArchiveCheck {

    /** The built-in largest archive: the server's default limit of 2 GiB. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;

    /** File name endings of the archives the server imports, as its archive importer names them. */
    public static final List<String> EXTENSIONS = List.of(".zip", ".jar", ".tar", ".tar.gz", ".tgz", ".tar.bz2",
            ".tbz2", ".tbz", ".tar.xz", ".txz");

    private ArchiveCheck() {
    }

    /** Returns whether a file name ends like an archive the server imports, ignoring case. */
    public static boolean hasArchiveName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /**
     * Checks a file and returns its size.
     *
     * @throws UserFacingException when the file is missing, empty, of another kind or too large
     */
    public static long check(Path file, long maxBytes) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!hasArchiveName(name)) {
            throw new UserFacingException("'" + name + "' is not an archive CodeVault can import. Choose a zip or "
                    + "tar archive (.zip, .tar, .tar.gz, .tgz, .tar.bz2 or .tar.xz).");
        }
        long size = sizeOf(file, name);
        if (size == 0) {
            throw new UserFacingException("'" + name + "' is empty. Choose the archive with your source code.");
        }
        if (size > maxBytes) {
            throw new UserFacingException("'" + name + "' is " + Sizes.format(size) + ", larger than the "
                    + Sizes.format(maxBytes) + " the server accepts. Leave build output and dependencies out of the "
                    + "archive, or ask your administrator to raise the limit.");
        }
        return size;
    }

    private static long sizeOf(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("'" + name + "' is not a file that can be read. Choose an archive file.");
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UserFacingException("'" + name + "' cannot be read (" + e.getMessage() + "). Check the "
                    + "file's permissions.", e);
        }
    }
}
