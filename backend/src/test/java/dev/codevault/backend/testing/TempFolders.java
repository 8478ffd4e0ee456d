package dev.codevault.backend.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates empty folders for tests that need a data folder of their own. */
public final class TempFolders {

    private TempFolders() {
    }

    /** Creates a new empty folder under the system's temporary folder. */
    public static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("creating a temporary folder failed", e);
        }
    }
}
