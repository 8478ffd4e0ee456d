package dev.codevault.backend.config;

import java.nio.file.Path;

/**
 * The folders the server writes to, both absolute, created and checked for writing at start-up.
 *
 * @param dataDir    the data folder: the embedded database and, in the embedded mode, the generated master key
 * @param storageDir the storage folder that holds the vault repositories
 */
public record DataFolders(Path dataDir, Path storageDir) {
}
