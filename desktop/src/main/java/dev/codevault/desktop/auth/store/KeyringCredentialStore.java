package dev.codevault.desktop.auth.store;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * The operating system's credential store through java-keyring: the Windows Credential Manager, the macOS Keychain
 * or the Secret Service on Linux (GNOME Keyring, KWallet). Every secret is saved under the service name
 * {@value #SERVICE} with the key as the account name.
 */
final class KeyringCredentialStore implements CredentialStore {

    static final String SERVICE = "CodeVault";

    private final Keyring keyring;

    private KeyringCredentialStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * Opens the system's store and reads once from it, so a store that is present but locked or unreachable is
     * found out now rather than at the first sign-in.
     *
     * @throws CredentialStoreException when the system has no usable store
     */
    static KeyringCredentialStore open() {
        try {
            Keyring keyring = Keyring.create();
            KeyringCredentialStore store = new KeyringCredentialStore(keyring);
            store.read("probe");
            return store;
        } catch (BackendNotSupportedException | RuntimeException e) {
            throw new CredentialStoreException("The system credential store cannot be used: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> read(String key) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, key));
        } catch (PasswordAccessException e) {
            // java-keyring reports a missing entry the same way as a failed read.
            return Optional.empty();
        }
    }

    @Override
    public void write(String key, String secret) {
        try {
            keyring.setPassword(SERVICE, key, secret);
        } catch (PasswordAccessException e) {
            throw new CredentialStoreException("Saving the sign-in in " + description() + " failed: "
                    + e.getMessage() + ". Unlock the store and sign in again.", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            keyring.deletePassword(SERVICE, key);
        } catch (PasswordAccessException e) {
            // Deleting an entry that does not exist fails the same way; there is nothing left to remove.
        }
    }

    @Override
    public String description() {
        return "the system credential store (" + keyring.getKeyringStorageType() + ")";
    }
}
