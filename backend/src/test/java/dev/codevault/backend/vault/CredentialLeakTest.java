package dev.codevault.backend.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.testing.GitHttpServer;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.ProcessApi;
import dev.codevault.backend.testing.SecretForms;
import dev.codevault.backend.testing.ServedRepository;
import dev.codevault.backend.testing.ServerProcess;
import dev.codevault.backend.testing.TempFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Looks for a git token everywhere a server process leaves data after it created a git vault with it, mirrored the
 * remote twice, moved the vault to another remote URL with the token given again, mirrored that and stopped. The
 * places are a dump of the database, the data folder with the vault repository and its git configuration, and the
 * server's log at debug level. The token must appear in none of its forms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialLeakTest {

    private static final String USER = "leak-reader";
    private static final String TOKEN = "glpat-" + UUID.randomUUID();

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final Path served = TempFolders.create("codevault-leak-served");
    private final Map<String, byte[]> forms = SecretForms.of(USER, TOKEN);
    private Map<String, String> settings;
    private String vaultId;
    private String serverLog;

    @BeforeAll
    void mirrorWithTokenThenStop() throws Exception {
        settings = new HashMap<>(PipelineSettings.on(database));
        settings.put("codevault.git.allow-private-networks", "true");
        settings.put("codevault.git.allow-http", "true");
        settings.put("logger.levels.dev.codevault", "DEBUG");
        settings.put("logger.levels.org.eclipse.jgit", "DEBUG");
        ProcessApi api = ProcessApi.newAdmin(settings);

        try (GitHttpServer gitServer = GitHttpServer.start(served, USER, TOKEN);
             ServedRepository repository = ServedRepository.create(served.resolve("leak.git"));
             ServedRepository moved = ServedRepository.create(served.resolve("leak-moved.git"))) {
            repository.commit("main", Map.of("src/App.java", "class App {\n}\n"), "First");
            moved.commit("main", Map.of("src/App.java", "class App {\n  int y;\n}\n"), "Moved");
            try (ServerProcess server = ServerProcess.start(arguments(settings))) {
                api.connect(server);
                vaultId = api.createGitVault("leak", gitServer.url("leak.git"), USER, TOKEN);
                api.awaitVersion(vaultId, 1, Duration.ofSeconds(120));
                repository.commit("main", Map.of("src/App.java", "class App {\n  int x;\n}\n"), "Second");
                api.updateCode(vaultId);
                api.awaitVersion(vaultId, 2, Duration.ofSeconds(120));
                api.changeRemote(vaultId, gitServer.url("leak-moved.git"), USER, TOKEN);
                api.awaitVersion(vaultId, 3, Duration.ofSeconds(120));
                server.close();
                serverLog = server.stdout() + server.stderr();
            }
        }
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void databaseDumpHoldsNoToken() throws Exception {
        byte[] dump = database.dump(false);

        assertThat(new String(dump, StandardCharsets.UTF_8)).contains("leak-moved.git");
        assertThat(SecretForms.foundIn(dump, forms)).isEmpty();
    }

    @Test
    void hexBlobDumpHoldsNoToken() throws Exception {
        byte[] dump = database.dump(true);

        assertThat(new String(dump, StandardCharsets.UTF_8)).contains("leak-moved.git");
        assertThat(SecretForms.foundIn(dump, forms)).isEmpty();
    }

    @Test
    void dataFolderHoldsNoToken() throws IOException {
        List<String> leaks = new ArrayList<>();

        List<Path> files = filesUnder(Path.of(settings.get("codevault.data-dir")));
        for (Path file : files) {
            SecretForms.foundIn(Files.readAllBytes(file), forms).forEach(form -> leaks.add(file + ": " + form));
        }

        assertThat(files).isNotEmpty();
        assertThat(leaks).isEmpty();
    }

    @Test
    void mirrorConfigHoldsNoToken() throws Exception {
        Path config = vaultRepository().resolve("config");

        byte[] content = Files.readAllBytes(config);

        assertThat(SecretForms.foundIn(content, forms)).isEmpty();
        assertThat(new String(content, StandardCharsets.UTF_8)).doesNotContain(USER);
    }

    @Test
    void serverLogHoldsNoToken() {
        byte[] log = serverLog.getBytes(StandardCharsets.UTF_8);

        assertThat(serverLog).contains("Vault " + vaultId);
        assertThat(SecretForms.foundIn(log, forms)).isEmpty();
    }

    private Path vaultRepository() throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT repository_name FROM vaults");
             ResultSet rows = select.executeQuery()) {
            assertThat(rows.next()).isTrue();
            return Path.of(settings.get("codevault.data-dir"), "storage", "repositories", rows.getString(1));
        }
    }

    private static String[] arguments(Map<String, String> settings) throws IOException {
        List<String> arguments = new ArrayList<>();
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.add("--micronaut.server.port=" + ServerProcess.freePort());
        return arguments.toArray(String[]::new);
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
