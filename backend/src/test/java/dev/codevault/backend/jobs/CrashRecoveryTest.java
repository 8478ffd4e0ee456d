package dev.codevault.backend.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.ServerProcess;
import dev.codevault.backend.testing.TestAccounts;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;

/**
 * Kills the server process while it imports an upload, starts a new one on the same database and storage, and
 * checks that the job completes once: one version, one commit, no upload left.
 */
class CrashRecoveryTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void completesImportAfterWorkerIsKilled() throws Exception {
        try (MariaDbDatabase database = MariaDbDatabase.create()) {
            Map<String, String> settings = PipelineSettings.on(database);
            String token = tokenFor(settings);
            Path archive = largeArchive();

            String vaultId;
            try (ServerProcess first = ServerProcess.start(arguments(settings, ServerProcess.freePort()))) {
                URI server = awaitUp(first);
                vaultId = createVault(server, token);
                upload(server, token, vaultId, archive);
                awaitStatus(server, token, vaultId, "IMPORTING", Duration.ofSeconds(60));
                first.kill();
            }
            try (ServerProcess second = ServerProcess.start(arguments(settings, ServerProcess.freePort()))) {
                URI server = awaitUp(second);
                awaitStatus(server, token, vaultId, "READY", Duration.ofSeconds(180));
            }

            assertThat(count(database, "SELECT COUNT(*) FROM analysis_runs")).isEqualTo(1);
            assertThat(count(database, "SELECT COUNT(*) FROM archive_uploads")).isZero();
            assertThat(commitsIn(settings, database)).isEqualTo(1);
        }
    }

    private static String tokenFor(Map<String, String> settings) {
        Map<String, Object> noWorker = new HashMap<>(settings);
        noWorker.put("codevault.jobs.worker-enabled", "false");
        try (ApplicationContext context = ApplicationContext.builder().properties(noWorker).start()) {
            TestAccounts accounts = context.getBean(TestAccounts.class);
            User user = accounts.createUser();
            Team team = accounts.createTeam("Crash");
            accounts.addMember(team, user, TeamRole.ADMIN);
            return team.id() + " " + accounts.accessToken(user, 3600);
        }
    }

    private static String[] arguments(Map<String, String> settings, int port) {
        List<String> arguments = new ArrayList<>();
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.add("--micronaut.server.port=" + port);
        return arguments.toArray(String[]::new);
    }

    private URI awaitUp(ServerProcess server) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            String port = server.argument("micronaut.server.port");
            URI base = URI.create("http://127.0.0.1:" + port);
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return base;
                }
            } catch (IOException e) {
                if (!server.isAlive()) {
                    throw new AssertionError("the server stopped: " + server.stderr() + server.stdout(), e);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start: " + server.stdout());
    }

    private String createVault(URI server, String token) throws Exception {
        String teamId = token.substring(0, token.indexOf(' '));
        String project = send(server, token, HttpRequest.newBuilder(server.resolve("/teams/" + teamId + "/projects"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Crash\"}"))
                .header("Content-Type", "application/json"));
        String projectId = first(ID, project);
        String vault = send(server, token, HttpRequest.newBuilder(server.resolve("/projects/" + projectId + "/vaults"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"big\",\"source\":\"ARCHIVE\"}"))
                .header("Content-Type", "application/json"));
        return first(ID, vault);
    }

    private void upload(URI server, String token, String vaultId, Path archive) throws Exception {
        send(server, token, HttpRequest.newBuilder(server.resolve("/vaults/" + vaultId + "/archives?name=big.zip"))
                .POST(HttpRequest.BodyPublishers.ofFile(archive))
                .header("Content-Type", "application/octet-stream"));
    }

    private void awaitStatus(URI server, String token, String vaultId, String expected, Duration timeout)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            String vault = send(server, token, HttpRequest.newBuilder(server.resolve("/vaults/" + vaultId)).GET());
            status = first(STATUS, vault);
            if (status.equals(expected)) {
                return;
            }
            assertThat(status).as("vault %s", vault).isNotEqualTo("FAILED");
            Thread.sleep(50);
        }
        throw new AssertionError("the vault is " + status + ", not " + expected + ", after " + timeout);
    }

    private String send(URI server, String token, HttpRequest.Builder request) throws Exception {
        String bearer = token.substring(token.indexOf(' ') + 1);
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + bearer)
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body();
    }

    private static String first(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        assertThat(matcher.find()).as("%s in %s", pattern, json).isTrue();
        return matcher.group(1);
    }

    /** Writes an archive of 120 MB of text-like files, large enough that its import takes seconds. */
    private static Path largeArchive() throws IOException {
        Path archive = Files.createTempFile("codevault-crash", ".zip");
        Random random = new Random(42);
        byte[] line = new byte[100];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.setLevel(1);
            for (int file = 0; file < 120; file++) {
                zip.putNextEntry(new ZipEntry("data/part" + file + ".txt"));
                for (int row = 0; row < 10_000; row++) {
                    for (int i = 0; i < line.length - 1; i++) {
                        line[i] = (byte) ('a' + random.nextInt(26));
                    }
                    line[line.length - 1] = '\n';
                    zip.write(line);
                }
                zip.closeEntry();
            }
        }
        return archive;
    }

    private static long count(MariaDbDatabase database, String sql) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int commitsIn(Map<String, String> settings, MariaDbDatabase database) throws Exception {
        String repositoryName;
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT repository_name FROM vaults");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            repositoryName = rows.getString(1);
        }
        Path folder = Path.of(settings.get("codevault.data-dir"), "storage", "repositories", repositoryName);
        try (Repository repository = FileRepositoryBuilder.create(folder.toFile()); Git git = new Git(repository)) {
            int commits = 0;
            for (var ignored : git.log().add(repository.resolve("refs/heads/main")).call()) {
                commits++;
            }
            return commits;
        }
    }
}
