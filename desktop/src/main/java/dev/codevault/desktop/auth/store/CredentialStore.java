package dev.codevault.desktop.auth.store;

import java.util.Optional;

/**
 * Keeps secrets of the signed-in person between runs of the app, one per key. Implementations are safe to call from
 * any thread and may block, so never call them on the JavaFX thread.
 */
public interface CredentialStore {

    /** Returns the secret saved under the key, or empty. */
    Optional<String> read(String key);

    /**
     * Saves a secret under the key, replacing any earlier one.
     *
     * @throws CredentialStoreException when the store cannot be written
     */
    void write(String key, String secret);

    /** Removes the secret under the key; does nothing when there is none. */
    void delete(String key);

    /** Returns a name of the store for messages and logs, for example {@code Secret Service}. */
    String description();
}
