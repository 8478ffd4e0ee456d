package dev.codevault.backend.storage;

import dev.codevault.backend.config.DataFolders;
import java.nio.file.Path;

/** Creates vault storage outside the server's bean context, for benchmarks and command-line test mains. */
public final class StorageFolders {

    private StorageFolders() {
    }

    /** Returns the storage of vault repositories under the folder, the way the server lays it out. */
    public static VaultStorage at(Path storageDir) {
        return new VaultStorage(new DataFolders(storageDir, storageDir));
    }
}
