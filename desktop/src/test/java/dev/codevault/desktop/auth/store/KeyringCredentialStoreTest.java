package dev.codevault.desktop.auth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The system credential store through java-keyring. It runs where the system has one that answers, and is skipped
 * elsewhere, as on a Linux machine without a Secret Service, unless the environment variable
 * {@code CODEVAULT_TEST_KEYRING} is {@code required}, as in CI. On Linux, run it with GNOME Keyring on a private D-Bus:
 * {@code dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets && ./mvnw ...'}.
 */
class KeyringCredentialStoreTest {

    private KeyringCredentialStore store;
    private final String key = "test-" + UUID.randomUUID();

    @BeforeEach
    void openSystemStore() {
        try {
            store = KeyringCredentialStore.open();
        } catch (CredentialStoreException e) {
            if ("required".equals(System.getenv("CODEVAULT_TEST_KEYRING"))) {
                throw new AssertionError("CODEVAULT_TEST_KEYRING=required, but no system credential store "
                        + "answers: " + e.getMessage(), e);
            }
            assumeTrue(false, "no system credential store here: " + e.getMessage());
        }
    }

    @Test
    void readsWhatItWrote() {
        store.write(key, "refresh-token-value");

        assertThat(store.read(key)).hasValue("refresh-token-value");
        store.delete(key);
    }

    @Test
    void replacesEarlierSecret() {
        store.write(key, "first");

        store.write(key, "second");

        assertThat(store.read(key)).hasValue("second");
        store.delete(key);
    }

    @Test
    void deletesSecret() {
        store.write(key, "gone soon");

        store.delete(key);

        assertThat(store.read(key)).isEmpty();
    }
}
