package dev.codevault.backend.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.config.DataFolders;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.Archives;
import dev.codevault.backend.testing.GitHttpServer;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.ServedRepository;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.error.Problem;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.FetchOutcome;
import dev.codevault.common.vault.GitCredentials;
import dev.codevault.common.vault.ReplicationSchedule;
import dev.codevault.common.vault.ScheduleRequest;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.common.vault.VersionView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Git vaults end to end through HTTP against MariaDB and a real git server over smart HTTP on loopback with Basic
 * authentication: the access check, the first mirror, incremental fetches, rewritten and deleted branches, wrong
 * tokens, missing repositories, the size limit, the schedule and Update code.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GitVaultTest implements TestPropertyProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String USER = "reader";
    private static final String TOKEN = "glpat-" + UUID.randomUUID();
    private static final long MAX_BYTES = 2_000_000;

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final Path served = TempFolders.create("codevault-served");
    private final GitHttpServer gitServer = startServer();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    VaultRepository vaults;

    @Inject
    DataFolders folders;

    private Api api;
    private UUID projectId;
    private volatile Instant updateRequestedAt = Instant.EPOCH;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(PipelineSettings.on(database));
        properties.put("codevault.git.allow-private-networks", "true");
        properties.put("codevault.git.allow-http", "true");
        properties.put("codevault.git.idle-timeout", "3s");
        properties.put("codevault.git.check-timeout", "3s");
        properties.put("codevault.git.max-repository-bytes", Long.toString(MAX_BYTES));
        return properties;
    }

    @BeforeAll
    void signInAndCreateProject() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Mirrors");
        accounts.addMember(team, user, TeamRole.ADMIN);
        api = new Api(http.toBlocking(), accounts.accessToken(user));
        projectId = api.post("/teams/" + team.id() + "/projects", new NameRequest("Remotes"), ProjectView.class)
                .body().id();
    }

    @AfterAll
    void stopServers() {
        gitServer.close();
        database.close();
    }

    @Nested
    class FirstMirror {

        @Test
        void analysesDefaultBranch() throws IOException {
            String commit;
            try (ServedRepository repository = served("first")) {
                commit = repository.commit("main", Map.of("src/App.java", "class App {\n}\n"), "First");
            }

            VaultView vault = awaitReady(create("first", null, credentials()));

            assertThat(vault.latestVersion()).isEqualTo(1);
            assertThat(versions(vault.id()).get(0).commitId()).isEqualTo(commit);
            assertThat(vault.git().lastFetchOutcome()).isEqualTo(FetchOutcome.NEW_COMMIT);
            assertThat(vault.git().credentialStored()).isTrue();
            assertThat(vault.git().credentialUsedAt()).isNotNull();
        }

        @Test
        void keepsCredentialsOutOfRepositoryAndResponses() throws IOException {
            try (ServedRepository repository = served("secret")) {
                repository.commit("main", Map.of("README.md", "# Secret\n"), "First");
            }

            VaultView vault = awaitReady(create("secret", null, credentials()));
            String json = http.toBlocking().retrieve(HttpRequest.GET("/vaults/" + vault.id())
                    .bearerAuth(apiToken()));

            assertThat(json).doesNotContain(TOKEN);
            assertThat(filesUnder(folders.storageDir())).allSatisfy(file ->
                    assertThat(Files.readAllBytes(file)).asString().doesNotContain(TOKEN));
        }

        @Test
        void followsRequestedBranch() throws IOException {
            String feature;
            try (ServedRepository repository = served("branches")) {
                repository.commit("main", Map.of("a.txt", "a\n"), "Main");
                feature = repository.commit("feature", Map.of("b.txt", "b\n"), "Feature");
            }

            VaultView vault = awaitReady(create("branches", "feature", credentials()));

            assertThat(versions(vault.id()).get(0).commitId()).isEqualTo(feature);
        }

        @Test
        void fetchesOnlyWithUploadPack() throws IOException {
            try (ServedRepository repository = served("readonly")) {
                repository.commit("main", Map.of("a.txt", "a\n"), "First");
            }

            awaitReady(create("readonly", null, credentials()));

            assertThat(gitServer.requests()).filteredOn(request -> request.contains("/readonly.git"))
                    .isNotEmpty()
                    .allSatisfy(request -> assertThat(request).doesNotContain("receive-pack"));
        }

        @Test
        void rejectsArchiveUpload() throws IOException {
            try (ServedRepository repository = served("no-archives")) {
                repository.commit("main", Map.of("a.txt", "a\n"), "First");
            }
            VaultView vault = awaitReady(create("no-archives", null, credentials()));

            byte[] archive = Archives.zip(Map.of("b.txt", "b\n"));
            HttpClientResponseException failure = api.failure(HttpRequest.POST(
                    "/vaults/" + vault.id() + "/archives?name=other.zip", archive)
                    .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE));

            assertThat(failure.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
            assertThat(Api.problemOf(failure).detail()).contains("mirrors a git remote");
            assertThat(versions(vault.id())).hasSize(1);
        }
    }

    @Nested
    class LaterRuns {

        @Test
        void fetchesNewCommitAsNextVersion() throws IOException {
            String second;
            try (ServedRepository repository = served("incremental")) {
                repository.commit("main", Map.of("a.txt", "one\n"), "One");
                VaultView vault = awaitReady(create("incremental", null, credentials()));
                second = repository.commit("main", Map.of("a.txt", "one\ntwo\n"), "Two");

                VaultView updated = awaitFetch(updateCode(vault.id()), FetchOutcome.NEW_COMMIT, 2);

                assertThat(updated.latestVersion()).isEqualTo(2);
                assertThat(versions(vault.id()).get(0).commitId()).isEqualTo(second);
            }
        }

        @Test
        void recordsNoNewCommitAndQueuesNothing() throws IOException {
            try (ServedRepository repository = served("unchanged")) {
                repository.commit("main", Map.of("a.txt", "one\n"), "One");
            }
            VaultView vault = awaitReady(create("unchanged", null, credentials()));

            VaultView updated = awaitFetch(updateCode(vault.id()), FetchOutcome.NO_NEW_COMMIT, 1);

            assertThat(updated.state().status()).isEqualTo(VaultStatus.READY);
            assertThat(versions(vault.id())).hasSize(1);
        }

        @Test
        void followsForcePushAndPrunesDeletedBranch() throws IOException {
            try (ServedRepository repository = served("rewritten")) {
                repository.commit("main", Map.of("a.txt", "one\n"), "One");
                repository.commit("old-feature", Map.of("b.txt", "b\n"), "Feature");
                VaultView vault = awaitReady(create("rewritten", null, credentials()));
                String rewritten = repository.forcePush("main", Map.of("c.txt", "rewritten\n"), "Rewritten");
                repository.deleteBranch("old-feature");

                awaitFetch(updateCode(vault.id()), FetchOutcome.NEW_COMMIT, 2);

                try (Repository mirror = vaultRepository(vault.id())) {
                    assertThat(mirror.resolve(Constants.R_HEADS + "main").name()).isEqualTo(rewritten);
                    assertThat(mirror.exactRef(Constants.R_HEADS + "old-feature")).isNull();
                }
            }
        }

        @Test
        void pausesOnRevokedTokenUntilReplaced() throws IOException {
            try (ServedRepository repository = served("revoked")) {
                repository.commit("main", Map.of("a.txt", "one\n"), "One");
                VaultView vault = awaitReady(create("revoked", null, credentials()));
                String newToken = "glpat-" + UUID.randomUUID();
                gitServer.requireLogin(USER, newToken);
                try {
                    VaultView failed = await(updateCode(vault.id()).id(),
                            view -> view.state().status() == VaultStatus.FAILED);

                    assertThat(failed.git().paused()).isTrue();
                    assertThat(failed.state().reason()).contains("rejected the credentials").doesNotContain(TOKEN);

                    repository.commit("main", Map.of("a.txt", "one\ntwo\n"), "Two");
                    updateRequestedAt = Instant.now();
                    VaultView replaced = api.patchPut("/vaults/" + vault.id() + "/credentials",
                            new GitCredentials(USER, newToken));
                    assertThat(replaced.git().paused()).isFalse();
                    awaitFetch(replaced, FetchOutcome.NEW_COMMIT, 2);
                } finally {
                    gitServer.requireLogin(USER, TOKEN);
                }
            }
        }

        @Test
        void pausesFirstCloneOverSizeLimitAndKeepsNothing() throws IOException {
            try (ServedRepository repository = served("large")) {
                repository.commit("main", Map.of("big.bin", randomText(3 * MAX_BYTES)), "Large");
            }

            VaultView failed = await(create("large", null, credentials()).id(),
                    view -> view.state().status() == VaultStatus.FAILED);

            assertThat(failed.state().reason()).contains("larger than the limit of " + MAX_BYTES + " bytes");
            assertThat(failed.git().paused()).isTrue();
            String repositoryName = vaults.findById(failed.id()).orElseThrow().repositoryName();
            Path repositories = folders.storageDir().resolve("repositories");
            assertThat(repositories.resolve(repositoryName)).doesNotExist();
            assertThat(filesUnder(repositories)).noneMatch(file -> file.toString().contains(".partial-"));
        }

        @Test
        void scheduleQueuesMirrorWhenDue() throws Exception {
            try (ServedRepository repository = served("scheduled")) {
                repository.commit("main", Map.of("a.txt", "one\n"), "One");
                VaultView vault = awaitReady(create("scheduled", null, credentials()));
                repository.commit("main", Map.of("a.txt", "one\ntwo\n"), "Two");

                VaultView weekly = api.putBody("/vaults/" + vault.id() + "/schedule",
                        new ScheduleRequest(ReplicationSchedule.WEEKLY));
                assertThat(weekly.git().nextRunAt()).isBetween(Instant.now().plus(Duration.ofDays(6)),
                        Instant.now().plus(Duration.ofDays(8)));
                makeScheduleDueNow(vault.id());

                VaultView fetched = await(vault.id(), view -> view.latestVersion() != null
                        && view.latestVersion() == 2);
                assertThat(fetched.git().nextRunAt()).isAfter(Instant.now().plus(Duration.ofDays(6)));
            }
        }
    }

    @Nested
    class AccessCheck {

        @Test
        void rejectsWrongToken() throws IOException {
            try (ServedRepository repository = served("guarded")) {
                repository.commit("main", Map.of("a.txt", "a\n"), "First");
            }

            Problem problem = createFailure("guarded", null, new GitCredentials(USER, "wrong-token"));

            assertThat(problem.type()).endsWith("git-authentication");
            assertThat(problem.detail()).contains("rejected the credentials").doesNotContain("wrong-token");
        }

        @Test
        void rejectsMissingCredentials() throws IOException {
            try (ServedRepository repository = served("private")) {
                repository.commit("main", Map.of("a.txt", "a\n"), "First");
            }

            Problem problem = createFailure("private", null, null);

            assertThat(problem.type()).endsWith("git-authentication");
            assertThat(problem.detail()).contains("needs a user name and token").contains("Nothing was saved");
            assertThat(problem.detail()).doesNotContain("rejected the credentials").doesNotContain("Update code");
        }

        @Test
        void rejectsMissingRepository() {
            Problem problem = createFailure("does-not-exist", null, credentials());

            assertThat(problem.type()).endsWith("git-not-found");
            assertThat(problem.detail()).contains("does-not-exist.git was not found");
        }

        @Test
        void rejectsMissingBranch() throws IOException {
            try (ServedRepository repository = served("onebranch")) {
                repository.commit("main", Map.of("a.txt", "a\n"), "First");
            }

            Problem problem = createFailure("onebranch", "release", credentials());

            assertThat(problem.type()).endsWith("git-branch-not-found");
            assertThat(problem.detail()).contains("release");
        }

        @Test
        void rejectsServerThatStopsAnswering() throws IOException {
            try (ServedRepository repository = served("silent")) {
                repository.commit("main", Map.of("a.txt", "a\n"), "First");
            }
            gitServer.stall(true);
            try {
                Problem problem = createFailure("silent", null, credentials());

                assertThat(problem.type()).endsWith("git-timed-out");
                assertThat(problem.detail()).contains("sent no data for 3 seconds");
                assertThat(problem.detail()).contains("Nothing was saved").doesNotContain("tries again later");
            } finally {
                gitServer.stall(false);
            }
        }

        @Test
        void rejectsUrlWithEmbeddedPassword() {
            HttpClientResponseException failure = api.failure(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    CreateVaultRequest.git("embedded", "https://user:hunter2@example.com/app.git", null, null,
                            null)));

            assertThat(failure.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
            assertThat(Api.problemOf(failure).type()).endsWith("git-url-rejected");
            assertThat(Api.problemOf(failure).detail()).doesNotContain("hunter2");
        }
    }

    private GitHttpServer startServer() {
        try {
            return GitHttpServer.start(served, USER, TOKEN);
        } catch (IOException e) {
            throw new IllegalStateException("starting the test git server failed", e);
        }
    }

    private ServedRepository served(String name) {
        return ServedRepository.create(served.resolve(name + ".git"));
    }

    private static GitCredentials credentials() {
        return new GitCredentials(USER, TOKEN);
    }

    private String apiToken() {
        return api.token();
    }

    private VaultView create(String repository, String branch, GitCredentials credentials) {
        return api.post("/projects/" + projectId + "/vaults", CreateVaultRequest.git(repository,
                gitServer.url(repository + ".git"), branch, credentials, null), VaultView.class).body();
    }

    private Problem createFailure(String repository, String branch, GitCredentials credentials) {
        HttpClientResponseException failure = api.failure(HttpRequest.POST("/projects/" + projectId + "/vaults",
                CreateVaultRequest.git(repository, gitServer.url(repository + ".git"), branch, credentials,
                        null)));
        assertThat(failure.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        return Api.problemOf(failure);
    }

    private VaultView updateCode(UUID vaultId) {
        awaitNoMirrorJob(vaultId);
        updateRequestedAt = Instant.now();
        return api.post("/vaults/" + vaultId + "/update", Map.of(), VaultView.class).body();
    }

    private List<VersionView> versions(UUID vaultId) {
        return api.getList("/vaults/" + vaultId + "/versions", VersionView.class);
    }

    private VaultView awaitReady(VaultView created) {
        return await(created.id(), view -> view.state().status() == VaultStatus.READY);
    }

    private VaultView awaitFetch(VaultView vault, FetchOutcome outcome, int latestVersion) {
        // Stored times come back in whole seconds here, so the request time is cut to seconds too.
        Instant requestedAt = updateRequestedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return await(vault.id(), view -> view.state().status() == VaultStatus.READY
                && view.git().lastFetchOutcome() == outcome && !view.git().lastFetchAt().isBefore(requestedAt)
                && view.latestVersion() == latestVersion);
    }

    private VaultView await(UUID vaultId, Predicate<VaultView> condition) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        VaultView view = api.get("/vaults/" + vaultId, VaultView.class);
        while (!condition.test(view)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("vault " + vaultId + " stayed at " + view.state() + " with " + view.git());
            }
            sleep();
            view = api.get("/vaults/" + vaultId, VaultView.class);
        }
        return view;
    }

    private Repository vaultRepository(UUID vaultId) throws IOException {
        String name = vaults.findById(vaultId).orElseThrow().repositoryName();
        return FileRepositoryBuilder.create(folders.storageDir().resolve("repositories").resolve(name).toFile());
    }

    /** Waits until the queue has dropped the row of the last mirror run, which it does just after the run ends. */
    private void awaitNoMirrorJob(UUID vaultId) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM scheduled_tasks"
                     + " WHERE task_name = 'mirror-git' AND task_instance = ?")) {
            statement.setString(1, vaultId.toString());
            while (Instant.now().isBefore(deadline)) {
                try (java.sql.ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) == 0) {
                        return;
                    }
                }
                sleep();
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError("reading the queue failed", e);
        }
        throw new AssertionError("the mirror job of vault " + vaultId + " did not leave the queue");
    }

    private void makeScheduleDueNow(UUID vaultId) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("UPDATE scheduled_tasks SET execution_time = ?"
                     + " WHERE task_name = 'replication-schedule' AND task_instance = ?")) {
            statement.setObject(1, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1));
            statement.setString(2, vaultId.toString());
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String randomText(long length) {
        java.util.Random random = new java.util.Random(42);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(Long.toHexString(random.nextLong()));
        }
        return text.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
