package dev.codevault.backend.config;

import dev.codevault.backend.startup.StartupProblem;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates the data and storage folders and proves that they can be written before anything else uses them. */
@Factory
class DataFoldersFactory {

    @Singleton
    DataFolders dataFolders(@Property(name = "codevault.data-dir") String dataDir,
                            @Property(name = "codevault.storage.dir") String storageDir) {
        return new DataFolders(
                prepare(dataDir, "data folder", "CODEVAULT_DATA_DIR (codevault.data-dir)"),
                prepare(storageDir, "storage folder", "CODEVAULT_STORAGE_DIR (codevault.storage.dir)"));
    }

    private static Path prepare(String configured, String label, String setting) {
        if (configured.isBlank()) {
            // An empty value would otherwise resolve to the working folder, and the database URL to the root.
            throw new StartupProblem("the " + label + " setting " + setting + " is empty. Set it to a folder this "
                    + "user can write, or unset it to use the default.", null);
        }
        Path folder;
        try {
            folder = Path.of(configured).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new StartupProblem("the " + label + " '" + configured + "' is not a valid path. Set " + setting
                    + " to a folder this user can write.", e);
        }
        try {
            createOwnerOnly(folder);
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupProblem("the " + label + " " + folder + " cannot be created or written ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Set " + setting
                    + " to a folder this user can write.", e);
        }
        return folder;
    }

    /**
     * Creates a folder and its missing parents readable by this user only where the file system has POSIX
     * permissions, because the folders hold source code and keys. A folder that exists keeps its permissions.
     */
    private static void createOwnerOnly(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.getParent();
        if (parent != null) {
            createOwnerOnly(parent);
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(folder);
        }
    }
}
