package dev.codevault.backend.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.testing.GitHttpServer;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.ProcessApi;
import dev.codevault.backend.testing.ServedRepository;
import dev.codevault.backend.testing.ServerProcess;
import dev.codevault.backend.testing.TempFolders;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rotation of the master key as an operator runs it, with every step its own process. A server seals a git
 * credential under the old key, the rotate-master-key command re-seals it under the new key, and a server with the
 * new key alone reads the remote with it. The keys travel in the environment variables the README names.
 */
class MasterKeyRotationProcessTest {

    private static final String USER = "rotation-reader";
    private static final String TOKEN = "glpat-" + UUID.randomUUID();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Test
    void rotatedCredentialStillOpensRemote() throws Exception {
        String oldKey = randomKey();
        String newKey = randomKey();
        Path served = TempFolders.create("codevault-rotation-served");
        try (MariaDbDatabase database = MariaDbDatabase.create();
             GitHttpServer gitServer = GitHttpServer.start(served, USER, TOKEN);
             ServedRepository repository = ServedRepository.create(served.resolve("rotated.git"))) {
            Map<String, String> settings = settings(database, oldKey);
            ProcessApi api = ProcessApi.newAdmin(settings);
            repository.commit("main", Map.of("a.txt", "one\n"), "One");

            String vaultId;
            try (ServerProcess server = ServerProcess.start(keys(oldKey, null), arguments(settings))) {
                api.connect(server);
                vaultId = api.createGitVault("rotated", gitServer.url("rotated.git"), USER, TOKEN);
                api.awaitVersion(vaultId, 1, TIMEOUT);
            }

            ServerProcess rotation = ServerProcess.startMain(RotateMasterKeyCommand.class, keys(newKey, oldKey),
                    List.of(), arguments(settings));
            assertThat(rotation.awaitExit(120)).as(rotation.stderr()).isZero();
            assertThat(rotation.stdout()).contains("1 re-sealed").contains("can be removed");

            repository.commit("main", Map.of("a.txt", "one\ntwo\n"), "Two");
            try (ServerProcess server = ServerProcess.start(keys(newKey, null), arguments(settings))) {
                api.connect(server);
                api.updateCode(vaultId);
                api.awaitVersion(vaultId, 2, TIMEOUT);
            }

            ServerProcess withOldKey = ServerProcess.start(keys(oldKey, null), arguments(settings));
            assertThat(withOldKey.awaitExit(120)).isEqualTo(2);
            assertThat(withOldKey.stderr()).contains("CodeVault did not start")
                    .contains("is not the key this database was sealed with")
                    .contains("CODEVAULT_MASTER_KEY");
        }
    }

    /**
     * Returns the test's settings with the old key, for the admin created in this JVM. The processes get their keys
     * from the environment instead. A fixed token secret keeps the admin's token valid across keys.
     */
    private static Map<String, String> settings(MariaDbDatabase database, String oldKey) {
        Map<String, String> settings = new HashMap<>(PipelineSettings.on(database));
        settings.put("codevault.master-key", oldKey);
        settings.put("codevault.token-secret", randomKey());
        settings.put("codevault.git.allow-private-networks", "true");
        settings.put("codevault.git.allow-http", "true");
        return settings;
    }

    private static Map<String, String> keys(String current, String previous) {
        Map<String, String> environment = new HashMap<>();
        environment.put("CODEVAULT_MASTER_KEY", current);
        if (previous != null) {
            environment.put("CODEVAULT_PREVIOUS_MASTER_KEYS", previous);
        }
        return environment;
    }

    private static String[] arguments(Map<String, String> settings) throws IOException {
        List<String> arguments = new ArrayList<>();
        settings.forEach((key, value) -> {
            if (!key.equals("codevault.master-key")) {
                arguments.add("--" + key + "=" + value);
            }
        });
        arguments.add("--micronaut.server.port=" + ServerProcess.freePort());
        return arguments.toArray(String[]::new);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
