package dev.codevault.backend.crypto;

import dev.codevault.backend.config.DataFolders;
import dev.codevault.backend.config.DatabaseKind;
import dev.codevault.backend.startup.StartupProblem;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the master key: the {@code codevault.master-key} setting, else the file named by
 * {@code codevault.master-key-file}, else, in the embedded mode only, a key generated into the data folder.
 */
final class MasterKeyLoader {

    static final String GENERATED_KEY_FILE = "master.key";

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyLoader.class);
    private static final String HOW_TO_SUPPLY = "set CODEVAULT_MASTER_KEY (codevault.master-key) to 32 random bytes "
            + "in base64, for example the output of 'openssl rand -base64 32', or CODEVAULT_MASTER_KEY_FILE "
            + "(codevault.master-key-file) to a file that holds them";

    static final String KEY_SETTING = "CODEVAULT_MASTER_KEY (codevault.master-key)";
    static final String KEY_FILE_SETTING = "CODEVAULT_MASTER_KEY_FILE (codevault.master-key-file)";
    static final String PREVIOUS_KEYS_SETTING =
            "CODEVAULT_PREVIOUS_MASTER_KEYS (codevault.previous-master-keys)";
    private static final String PREVIOUS_KEYS_FILE_SETTING =
            "CODEVAULT_PREVIOUS_MASTER_KEYS_FILE (codevault.previous-master-keys-file)";

    private final DataFolders folders;
    private final DatabaseKind databaseKind;
    private final SecureRandom random;

    MasterKeyLoader(DataFolders folders, DatabaseKind databaseKind, SecureRandom random) {
        this.folders = folders;
        this.databaseKind = databaseKind;
        this.random = random;
    }

    /**
     * Loads the configured key, or generates one in the embedded mode.
     *
     * @param configuredKey      the base64 key from the settings, or {@code null}
     * @param configuredKeyFile  the path of a key file from the settings, or {@code null}
     * @param databaseHasKeys    whether data was sealed before; then a missing key is never replaced by a new one
     * @throws StartupProblem when no usable key is configured
     */
    MasterKey load(@Nullable String configuredKey, @Nullable String configuredKeyFile, boolean databaseHasKeys) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return decode(configuredKey, KEY_SETTING);
        }
        if (configuredKeyFile != null && !configuredKeyFile.isBlank()) {
            return readKeyFile(Path.of(configuredKeyFile), KEY_FILE_SETTING);
        }
        if (databaseKind != DatabaseKind.EMBEDDED_H2) {
            throw new StartupProblem("no master key is configured. A server on MySQL or MariaDB needs its own: "
                    + HOW_TO_SUPPLY + ".");
        }
        return loadOrGenerateEmbeddedKey(databaseHasKeys);
    }

    /**
     * Loads the previous master keys that open values sealed before a rotation: comma-separated base64 keys from
     * the setting, then one key per line from the file.
     *
     * @param configuredKeys     the comma-separated base64 keys from the settings, or {@code null}
     * @param configuredKeysFile the path of a file with one base64 key per line, or {@code null}
     * @throws StartupProblem when a key is not valid
     */
    static List<MasterKey> loadPrevious(@Nullable String configuredKeys, @Nullable String configuredKeysFile) {
        List<MasterKey> keys = new ArrayList<>();
        if (configuredKeys != null && !configuredKeys.isBlank()) {
            for (String key : configuredKeys.split(",")) {
                keys.add(decode(key, PREVIOUS_KEYS_SETTING));
            }
        }
        if (configuredKeysFile != null && !configuredKeysFile.isBlank()) {
            for (String line : readPreviousKeysFile(Path.of(configuredKeysFile))) {
                if (!line.isBlank()) {
                    keys.add(decode(line, PREVIOUS_KEYS_FILE_SETTING));
                }
            }
        }
        return keys;
    }

    private static List<String> readPreviousKeysFile(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new StartupProblem("cannot read the previous master keys from " + PREVIOUS_KEYS_FILE_SETTING + " ("
                    + e.getClass().getSimpleName() + "). Make the file readable by this user.", e);
        }
    }

    private MasterKey loadOrGenerateEmbeddedKey(boolean databaseHasKeys) {
        Path keyFile = folders.dataDir().resolve(GENERATED_KEY_FILE);
        if (Files.exists(keyFile)) {
            warnDevelopmentKey();
            return readKeyFile(keyFile, "the file " + GENERATED_KEY_FILE + " in the data folder");
        }
        if (databaseHasKeys) {
            throw new StartupProblem("the master key file " + GENERATED_KEY_FILE + " is missing from the data "
                    + "folder, but the database holds data sealed with it. Restore the file from a backup, or set "
                    + "CODEVAULT_MASTER_KEY to the key it held; a new key cannot open the data.");
        }
        MasterKey key = generate(keyFile);
        LOG.warn("Generated a master key in the data folder for the embedded mode");
        warnDevelopmentKey();
        return key;
    }

    private static void warnDevelopmentKey() {
        LOG.warn("The master key is kept in the data folder beside the database. That suits a trial on one "
                + "computer only: production must supply its own key through CODEVAULT_MASTER_KEY or "
                + "CODEVAULT_MASTER_KEY_FILE and keep it apart from the database and its backups.");
    }

    private MasterKey generate(Path keyFile) {
        byte[] material = new byte[MasterKey.LENGTH];
        random.nextBytes(material);
        byte[] encoded = (Base64.getEncoder().encodeToString(material) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            Path partial = Files.createTempFile(keyFile.getParent(), ".master-key", ".tmp");
            restrictToOwner(partial);
            Files.write(partial, encoded);
            try {
                Files.move(partial, keyFile, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(partial);
                return readKeyFile(keyFile, "the file " + GENERATED_KEY_FILE + " in the data folder");
            }
        } catch (IOException e) {
            throw new StartupProblem("cannot write the master key file " + GENERATED_KEY_FILE + " into the data "
                    + "folder (" + e.getMessage() + "). Check CODEVAULT_DATA_DIR (codevault.data-dir), or "
                    + HOW_TO_SUPPLY + ".", e);
        }
        return MasterKey.of(material);
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    static MasterKey readKeyFile(Path keyFile, String setting) {
        String content;
        try {
            content = Files.readString(keyFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new StartupProblem("cannot read the master key from " + setting + ", " + keyFile + " ("
                    + e.getClass().getSimpleName() + "). Check that the file exists and this user can read it, or "
                    + HOW_TO_SUPPLY + ".", e);
        }
        return decode(content, setting);
    }

    static MasterKey decode(String base64, String setting) {
        byte[] material;
        try {
            material = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new StartupProblem("the master key in " + setting + " is not valid base64; " + HOW_TO_SUPPLY + ".");
        }
        if (material.length != MasterKey.LENGTH) {
            throw new StartupProblem("the master key in " + setting + " is " + material.length + " bytes long, "
                    + "but it must be " + MasterKey.LENGTH + "; " + HOW_TO_SUPPLY + ".");
        }
        return MasterKey.of(material);
    }
}
