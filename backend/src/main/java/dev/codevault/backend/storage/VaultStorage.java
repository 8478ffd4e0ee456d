package dev.codevault.backend.storage;

import dev.codevault.backend.config.DataFolders;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FileUtils;

/**
 * The vault repositories and incoming uploads in the storage folder. Every name is 128 random bits in hex, so
 * nothing on disk says which team or vault a file belongs to; only the database links them.
 */
@Singleton
public class VaultStorage {

    private static final String MAIN_BRANCH = "refs/heads/main";
    private static final String PARTIAL_PREFIX = ".partial-";
    private static final Pattern RANDOM_NAME = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path repositories;
    private final Path incoming;

    VaultStorage(DataFolders folders) {
        this.repositories = folders.storageDir().resolve("repositories");
        this.incoming = folders.storageDir().resolve("incoming");
    }

    /** Returns a new name of 128 random bits in hex. */
    public static String newRandomName() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    /**
     * Opens a vault's bare repository, creating it on first use.
     *
     * @throws UncheckedIOException when the repository cannot be created or opened
     */
    public Repository openOrCreate(String repositoryName) {
        Path folder = repositoryFolder(repositoryName);
        try {
            if (!Files.isDirectory(folder.resolve("objects"))) {
                createBare(folder);
            }
            return FileRepositoryBuilder.create(folder.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("opening the repository of a vault failed", e);
        }
    }

    /**
     * Creates an empty bare repository under a temporary name beside the vault repositories, for a first clone;
     * {@link #publish} renames it into place, so a clone that fails never leaves half a repository under a vault's
     * name.
     *
     * @throws UncheckedIOException when it cannot be created
     */
    public Path createPartialRepository() {
        try {
            Files.createDirectories(repositories);
            Path partial = Files.createTempDirectory(repositories, PARTIAL_PREFIX);
            try (Repository fresh = FileRepositoryBuilder.create(partial.toFile())) {
                fresh.create(true);
            }
            return partial;
        } catch (IOException e) {
            throw new UncheckedIOException("creating a temporary repository failed", e);
        }
    }

    /**
     * Renames a finished partial repository to a vault's repository name in one atomic step.
     *
     * @throws UncheckedIOException when the rename fails, for example because the repository exists already; the
     *                              partial repository is then deleted
     */
    public void publish(Path partial, String repositoryName) {
        requirePartial(partial);
        try {
            Files.move(partial, repositoryFolder(repositoryName), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteRecursively(partial);
            throw new UncheckedIOException("moving a cloned repository into place failed", e);
        }
    }

    /** Deletes a partial repository that will not be published. */
    public void deletePartial(Path partial) {
        requirePartial(partial);
        deleteRecursively(partial);
    }

    /** Returns the folder of a vault's repository, for measuring it; the path must never reach a log or message. */
    public Path repositoryPath(String repositoryName) {
        return repositoryFolder(repositoryName);
    }

    /**
     * Deletes partial repositories older than the given age, left behind by a process that stopped during a
     * first clone.
     *
     * @return how many were deleted
     */
    public int deleteAbandonedPartials(Instant olderThan) {
        if (!Files.isDirectory(repositories)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> entries = Files.list(repositories)) {
            for (Path entry : entries.toList()) {
                if (entry.getFileName().toString().startsWith(PARTIAL_PREFIX)
                        && Files.getLastModifiedTime(entry).toInstant().isBefore(olderThan)) {
                    deleteRecursively(entry);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing the repositories folder failed", e);
        }
        return deleted;
    }

    private void requirePartial(Path partial) {
        if (!partial.getParent().equals(repositories) || !partial.getFileName().toString().startsWith(PARTIAL_PREFIX)) {
            throw new IllegalArgumentException("not a partial repository of this storage");
        }
    }

    /** Returns whether a vault's repository exists. */
    public boolean exists(String repositoryName) {
        return Files.isDirectory(repositoryFolder(repositoryName).resolve("objects"));
    }

    /** Deletes a vault's repository and everything in it; does nothing when it does not exist. */
    public void deleteRepository(String repositoryName) {
        deleteRecursively(repositoryFolder(repositoryName));
    }

    /**
     * Creates an empty file for an upload to stream into.
     *
     * @return the random name of the file, for {@link #incomingFile}
     */
    public String newIncomingFile() {
        String name = newRandomName();
        try {
            Files.createDirectories(incoming);
            Files.createFile(incoming.resolve(name));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("creating a file in the incoming folder failed", e);
        }
    }

    /** Returns the path of an incoming upload. */
    public Path incomingFile(String storedName) {
        return incoming.resolve(requireRandomName(storedName));
    }

    /** Returns the folder of incoming uploads. */
    public Path incomingFolder() {
        return incoming;
    }

    /** Deletes an incoming upload; does nothing when it does not exist. */
    public void deleteIncoming(String storedName) {
        try {
            Files.deleteIfExists(incomingFile(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("deleting an incoming upload failed", e);
        }
    }

    private Path repositoryFolder(String repositoryName) {
        return repositories.resolve(requireRandomName(repositoryName));
    }

    private static String requireRandomName(String name) {
        if (!RANDOM_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a storage name is 32 lower-case hex digits, not '" + name + "'");
        }
        return name;
    }

    /** Creates the repository in a temporary folder and renames it into place, so no half-made one is seen. */
    private static void createBare(Path folder) throws IOException {
        Files.createDirectories(folder.getParent());
        Path partial = Files.createTempDirectory(folder.getParent(), ".creating");
        try (Repository fresh = FileRepositoryBuilder.create(partial.toFile())) {
            fresh.create(true);
            // Imports commit to main; HEAD names it so git tools opening the repository see the newest version.
            fresh.updateRef(Constants.HEAD).link(MAIN_BRANCH);
        }
        try {
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteRecursively(partial);
            if (!Files.isDirectory(folder.resolve("objects"))) {
                throw e;
            }
        }
    }

    private static void deleteRecursively(Path folder) {
        try {
            FileUtils.delete(folder.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
        } catch (IOException e) {
            throw new UncheckedIOException("deleting a vault repository failed", e);
        }
    }
}
