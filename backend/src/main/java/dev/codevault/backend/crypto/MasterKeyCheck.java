package dev.codevault.backend.crypto;

import dev.codevault.backend.startup.StartupProblem;
import io.micronaut.core.annotation.Nullable;

/** Checks the master keys given directly in the settings before the server creates anything in the data folder. */
public final class MasterKeyCheck {

    private MasterKeyCheck() {
    }

    /**
     * Decodes the configured master key and previous master keys and drops them.
     *
     * @param configuredKey the base64 key of {@code codevault.master-key}, or {@code null}
     * @param previousKeys  the comma-separated base64 keys of {@code codevault.previous-master-keys}, or {@code null}
     * @throws StartupProblem when a key is not valid base64 or not 32 bytes long
     */
    public static void check(@Nullable String configuredKey, @Nullable String previousKeys) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            MasterKeyLoader.decode(configuredKey, MasterKeyLoader.KEY_SETTING);
        }
        if (previousKeys != null && !previousKeys.isBlank()) {
            for (String key : previousKeys.split(",")) {
                MasterKeyLoader.decode(key, MasterKeyLoader.PREVIOUS_KEYS_SETTING);
            }
        }
    }
}
