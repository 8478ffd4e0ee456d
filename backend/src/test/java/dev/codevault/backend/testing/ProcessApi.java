package dev.codevault.backend.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls a server that runs as its own process, as one team admin: plain JDK HTTP, so the test shares no state with
 * the process but the database and the storage folder.
 */
public final class ProcessApi {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
    private static final Pattern LATEST_VERSION = Pattern.compile("\"latestVersion\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final UUID teamId;
    private final String token;
    private URI server;

    private ProcessApi(UUID teamId, String token) {
        this.teamId = teamId;
        this.token = token;
    }

    /**
     * Creates an admin of a new team in the database the settings name, with a token the server process accepts
     * because both derive the signing key from the same master key.
     */
    public static ProcessApi newAdmin(Map<String, String> settings) {
        Map<String, Object> noWorker = new HashMap<>(settings);
        noWorker.put("codevault.jobs.worker-enabled", "false");
        try (ApplicationContext context = ApplicationContext.builder().properties(noWorker).start()) {
            TestAccounts accounts = context.getBean(TestAccounts.class);
            User user = accounts.createUser();
            Team team = accounts.createTeam("Process");
            accounts.addMember(team, user, TeamRole.ADMIN);
            return new ProcessApi(team.id(), accounts.accessToken(user, 7200));
        }
    }

    /** Waits until the process answers its health check, then sends every call to it. */
    public ProcessApi connect(ServerProcess process) throws Exception {
        URI base = URI.create("http://127.0.0.1:" + process.argument("micronaut.server.port"));
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    server = base;
                    return this;
                }
            } catch (IOException e) {
                if (!process.isAlive()) {
                    throw new AssertionError("the server stopped: " + process.stderr() + process.stdout(), e);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start: " + process.stdout());
    }

    /** Creates a project and an archive vault in it and returns the vault's id. */
    public String createVault(String name) throws Exception {
        String project = send(HttpRequest.newBuilder(server.resolve("/teams/" + teamId + "/projects"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
                .header("Content-Type", "application/json"));
        String vault = send(HttpRequest.newBuilder(server.resolve("/projects/" + first(ID, project) + "/vaults"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"source\":\"ARCHIVE\"}"))
                .header("Content-Type", "application/json"));
        return first(ID, vault);
    }

    /**
     * Creates a project and a git vault in it that reads the remote with the given login, and returns the vault's
     * id. The server checks the login against the remote before it responds.
     */
    public String createGitVault(String name, String remoteUrl, String username, String secret) throws Exception {
        String project = send(HttpRequest.newBuilder(server.resolve("/teams/" + teamId + "/projects"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
                .header("Content-Type", "application/json"));
        String body = "{\"name\":\"" + name + "\",\"source\":\"GIT\",\"remoteUrl\":\"" + remoteUrl + "\","
                + "\"credentials\":{\"username\":\"" + username + "\",\"secret\":\"" + secret + "\"}}";
        String vault = send(HttpRequest.newBuilder(server.resolve("/projects/" + first(ID, project) + "/vaults"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
        return first(ID, vault);
    }

    /** Presses Update code: queues a read of the vault's git remote. */
    public void updateCode(String vaultId) throws Exception {
        send(HttpRequest.newBuilder(server.resolve("/vaults/" + vaultId + "/update"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));
    }

    /** Moves a git vault to another remote URL with the given login, which the server checks before it responds. */
    public void changeRemote(String vaultId, String remoteUrl, String username, String secret) throws Exception {
        String body = "{\"remoteUrl\":\"" + remoteUrl + "\",\"credentials\":{\"username\":\"" + username
                + "\",\"secret\":\"" + secret + "\"}}";
        send(HttpRequest.newBuilder(server.resolve("/vaults/" + vaultId))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    /** Returns the vault's view as JSON. */
    public String vault(String vaultId) throws Exception {
        return send(HttpRequest.newBuilder(server.resolve("/vaults/" + vaultId)).GET());
    }

    /** Polls the vault until its newest version has the number; fails at once when it shows FAILED. */
    public void awaitVersion(String vaultId, int version, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String json = "";
        while (Instant.now().isBefore(deadline)) {
            json = vault(vaultId);
            Matcher latest = LATEST_VERSION.matcher(json);
            if (latest.find() && Integer.parseInt(latest.group(1)) == version && first(STATUS, json).equals("READY")) {
                return;
            }
            assertThat(first(STATUS, json)).as("status of vault %s in %s", vaultId, json).isNotEqualTo("FAILED");
            Thread.sleep(100);
        }
        throw new AssertionError("the vault did not reach version " + version + " READY after " + timeout + ": "
                + json);
    }

    /** Uploads an archive file as the vault's next version, streaming it from disk. */
    public void upload(String vaultId, Path archive) throws Exception {
        send(HttpRequest.newBuilder(server.resolve("/vaults/" + vaultId + "/archives?name="
                        + archive.getFileName()))
                .POST(HttpRequest.BodyPublishers.ofFile(archive))
                .header("Content-Type", "application/octet-stream"));
    }

    /** Returns the vault's status, for example {@code IMPORTING}. */
    public String status(String vaultId) throws Exception {
        return first(STATUS, send(HttpRequest.newBuilder(server.resolve("/vaults/" + vaultId)).GET()));
    }

    /** Polls the vault until it has the expected status; fails at once when it shows FAILED. */
    public void awaitStatus(String vaultId, String expected, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            status = status(vaultId);
            if (status.equals(expected)) {
                return;
            }
            assertThat(status).as("status of vault %s", vaultId).isNotEqualTo("FAILED");
            Thread.sleep(50);
        }
        throw new AssertionError("the vault is " + status + ", not " + expected + ", after " + timeout);
    }

    private String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body();
    }

    private static String first(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        assertThat(matcher.find()).as("%s in %s", pattern, json).isTrue();
        return matcher.group(1);
    }
}
