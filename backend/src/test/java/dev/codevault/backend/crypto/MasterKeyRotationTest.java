package dev.codevault.backend.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.codevault.backend.sources.GitCredential;
import dev.codevault.backend.sources.SourceCredentials;
import dev.codevault.backend.startup.StartupProblem;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.TempFolders;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rotation of the master key on MariaDB: values sealed under the old key, re-sealed by the rotation, still open
 * under the new key alone, and the old key can be removed.
 */
class MasterKeyRotationTest {

    private static final String OLD_KEY = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=";
    private static final String NEW_KEY = "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI=";

    @Test
    void resealedValuesOpenUnderNewKeyAlone() {
        try (MariaDbDatabase database = MariaDbDatabase.create()) {
            UUID sourceId = UUID.randomUUID();
            UUID vaultId = UUID.randomUUID();
            GitCredential credential = new GitCredential("reader", "token-" + UUID.randomUUID());
            byte[] sealedCredential;
            byte[] sealedKey;
            try (ApplicationContext old = start(database, OLD_KEY, null)) {
                sealedCredential = old.getBean(SourceCredentials.class).seal(sourceId, credential);
                sealedKey = old.getBean(DataKeys.class).createSealed(vaultId);
            }

            byte[] resealedCredential;
            byte[] resealedKey;
            try (ApplicationContext rotating = start(database, NEW_KEY, OLD_KEY)) {
                resealedCredential = rotating.getBean(SourceCredentials.class).reseal(sourceId, sealedCredential);
                resealedKey = rotating.getBean(DataKeys.class).reseal(vaultId, sealedKey);
                rotating.getBean(MasterKeyRotation.class).rotate();
            }

            try (ApplicationContext rotated = start(database, NEW_KEY, null)) {
                assertThat(rotated.getBean(SourceCredentials.class).open(sourceId, resealedCredential))
                        .isEqualTo(credential);
                assertThat(rotated.getBean(DataKeys.class).open(vaultId, resealedKey)).isNotNull();
                assertThat(catchThrowable(() -> rotated.getBean(SourceCredentials.class).open(sourceId,
                        sealedCredential))).isInstanceOf(SealedValueException.class);
            }
        }
    }

    @Test
    void rejectsStartWithoutKeyOfStoredValues() {
        try (MariaDbDatabase database = MariaDbDatabase.create()) {
            start(database, OLD_KEY, null).close();
            start(database, NEW_KEY, OLD_KEY).close();

            Throwable failure = catchThrowable(() -> start(database, NEW_KEY, null));

            assertThat(rootCause(failure)).isInstanceOf(StartupProblem.class)
                    .hasMessageContaining("CODEVAULT_PREVIOUS_MASTER_KEYS");
        }
    }

    private static ApplicationContext start(MariaDbDatabase database, String key, String previousKey) {
        Map<String, Object> settings = new HashMap<>(database.serverProperties());
        settings.put("codevault.master-key", key);
        if (previousKey != null) {
            settings.put("codevault.previous-master-keys", previousKey);
        }
        settings.put("codevault.data-dir", TempFolders.create("codevault-rotation").toString());
        settings.put("codevault.jobs.worker-enabled", "false");
        return ApplicationContext.run(settings);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
