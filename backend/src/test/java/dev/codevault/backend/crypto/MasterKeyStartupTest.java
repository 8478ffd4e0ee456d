package dev.codevault.backend.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.codevault.backend.startup.StartupProblem;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.TempFolders;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The server refuses to start with a master key that cannot open what its database holds. */
class MasterKeyStartupTest {

    private static final String KEY_A = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=";
    private static final String KEY_B = "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI=";

    @Nested
    class OnMariaDb {

        @Test
        void startsAgainWithSameKey() {
            try (MariaDbDatabase database = MariaDbDatabase.create()) {
                start(settings(database, KEY_A)).close();

                try (ApplicationContext again = start(settings(database, KEY_A))) {
                    assertThat(again.getBean(MasterKey.class).keyId()).isEqualTo(MasterKey.of(decode(KEY_A)).keyId());
                }
            }
        }

        @Test
        void refusesAnotherKey() {
            try (MariaDbDatabase database = MariaDbDatabase.create()) {
                start(settings(database, KEY_A)).close();

                Throwable failure = catchThrowable(() -> start(settings(database, KEY_B)));

                assertThat(startupProblem(failure)).hasMessageContaining("is not the key this database was sealed with");
            }
        }

        @Test
        void refusesKeyOfWrongLength() {
            try (MariaDbDatabase database = MariaDbDatabase.create()) {
                Throwable failure = catchThrowable(() -> start(settings(database, "c2hvcnQ=")));

                assertThat(startupProblem(failure)).hasMessageContaining("is 5 bytes long, but it must be 32");
            }
        }

        @Test
        void readsKeyFromFile() throws Exception {
            Path keyFile = Files.createTempFile("codevault-key", ".txt");
            Files.writeString(keyFile, KEY_B + "\n");
            try (MariaDbDatabase database = MariaDbDatabase.create()) {
                Map<String, Object> settings = settings(database, null);
                settings.put("codevault.master-key-file", keyFile.toString());

                try (ApplicationContext context = start(settings)) {
                    assertThat(context.getBean(MasterKey.class).keyId()).isEqualTo(MasterKey.of(decode(KEY_B)).keyId());
                }
            }
        }

        private Map<String, Object> settings(MariaDbDatabase database, String key) {
            Map<String, Object> settings = new HashMap<>(database.serverProperties());
            settings.remove("codevault.master-key");
            if (key != null) {
                settings.put("codevault.master-key", key);
            }
            settings.put("codevault.data-dir", TempFolders.create("codevault-key").toString());
            return settings;
        }
    }

    @Nested
    class InEmbeddedMode {

        @Test
        void reusesGeneratedKeyOnNextStart() {
            Map<String, Object> settings = Map.of("codevault.data-dir", TempFolders.create("codevault-key").toString());
            String firstId;
            try (ApplicationContext first = start(settings)) {
                firstId = first.getBean(MasterKey.class).keyId();
            }

            try (ApplicationContext second = start(settings)) {
                assertThat(second.getBean(MasterKey.class).keyId()).isEqualTo(firstId);
            }
        }

        @Test
        void refusesToReplaceLostKey() throws Exception {
            Path dataDir = TempFolders.create("codevault-key");
            Map<String, Object> settings = Map.of("codevault.data-dir", dataDir.toString());
            start(settings).close();
            Files.delete(dataDir.resolve("master.key"));

            Throwable failure = catchThrowable(() -> start(settings));

            assertThat(startupProblem(failure)).hasMessageContaining("master.key is missing from the data folder");
            assertThat(dataDir.resolve("master.key")).doesNotExist();
        }
    }

    private static ApplicationContext start(Map<String, Object> settings) {
        return ApplicationContext.builder().properties(settings).start();
    }

    private static StartupProblem startupProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupProblem problem) {
                return problem;
            }
        }
        throw new AssertionError("expected a StartupProblem, got " + failure, failure);
    }

    private static byte[] decode(String base64) {
        return java.util.Base64.getDecoder().decode(base64);
    }
}
