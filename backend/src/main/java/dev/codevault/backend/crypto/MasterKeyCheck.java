package dev.codevault.backend.crypto;

import dev.codevault.backend.startup.StartupProblem;
import io.micronaut.core.value.PropertyResolver;
import java.nio.file.Path;
import java.util.Optional;

/** Checks the configured master keys before the server creates anything in the data folder. */
public final class MasterKeyCheck {

    private MasterKeyCheck() {
    }

    /**
     * Reads and decodes the configured master key and previous master keys, then drops them. A key file is read
     * only when no key is set directly, as the server does.
     *
     * @param settings the started environment of the application context that has not started yet
     * @throws StartupProblem when a key is not valid base64 or not 32 bytes long, or a key file cannot be read
     */
    public static void check(PropertyResolver settings) {
        Optional<String> key = setting(settings, "codevault.master-key");
        Optional<String> keyFile = setting(settings, "codevault.master-key-file");
        if (key.isPresent()) {
            MasterKeyLoader.decode(key.get(), MasterKeyLoader.KEY_SETTING);
        } else if (keyFile.isPresent()) {
            MasterKeyLoader.readKeyFile(Path.of(keyFile.get()), MasterKeyLoader.KEY_FILE_SETTING);
        }
        MasterKeyLoader.loadPrevious(setting(settings, "codevault.previous-master-keys").orElse(null),
                setting(settings, "codevault.previous-master-keys-file").orElse(null));
    }

    private static Optional<String> setting(PropertyResolver settings, String name) {
        return settings.get(name, String.class).filter(value -> !value.isBlank());
    }
}
