package dev.codevault.backend.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.AnalysisGate;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.GitHttpServer;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.ServedRepository;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.GitCredentials;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.common.vault.VersionView;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Update code pressed while a mirror run or an analysis of the vault is underway. The loopback git server delays a
 * run's fetch after the run has read the remote's refs, so the test can press the button at a known point. One
 * worker thread runs the jobs, so a held run of one vault keeps another vault's run waiting in the queue.
 * {@link AnalysisGate} delays analysis jobs the same way.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpdateCodeDuringRunTest implements TestPropertyProvider {

    private static final String USER = "reader";
    private static final String TOKEN = "glpat-" + UUID.randomUUID();
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final Path served = TempFolders.create("codevault-update-served");
    private final GitHttpServer gitServer = startServer();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    AnalysisGate analysisGate;

    private Api api;
    private UUID projectId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(PipelineSettings.on(database));
        properties.put("codevault.git.allow-private-networks", "true");
        properties.put("codevault.git.allow-http", "true");
        properties.put("codevault.git.idle-timeout", "60s");
        properties.put("codevault.jobs.threads", "1");
        properties.put("codevault.test.analysis-gate", "true");
        return properties;
    }

    @BeforeAll
    void signIn() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Updates");
        accounts.addMember(team, user, TeamRole.ADMIN);
        api = new Api(http.toBlocking(), accounts.accessToken(user));
        projectId = api.post("/teams/" + team.id() + "/projects", new NameRequest("Busy"), ProjectView.class)
                .body().id();
    }

    @AfterAll
    void stopServers() {
        gitServer.close();
        database.close();
    }

    @Test
    void pressDuringFetchRunsAgainAfterIt() throws Exception {
        try (ServedRepository repository = served("during")) {
            repository.commit("main", Map.of("a.txt", "one\n"), "One");
            UUID vaultId = create("during");
            awaitVault(vaultId, view -> isReadyAt(view, 1));
            String second = repository.commit("main", Map.of("a.txt", "one\ntwo\n"), "Two");
            gitServer.holdFetches("during.git");
            int fetchesBefore = gitServer.fetches("during.git");

            updateCode(vaultId);
            awaitTrue(() -> gitServer.waitingFetches("during.git") == 1, "the run's fetch to wait");
            String third = repository.commit("main", Map.of("a.txt", "one\ntwo\nthree\n"), "Three");
            updateCode(vaultId);
            updateCode(vaultId);
            gitServer.releaseFetches("during.git");

            awaitVault(vaultId, view -> isReadyAt(view, 3));
            awaitTrue(() -> mirrorJobs(vaultId) == 0, "the mirror job to leave the queue");
            List<VersionView> versions = api.getList("/vaults/" + vaultId + "/versions", VersionView.class);
            assertThat(versions).extracting(VersionView::commitId).containsExactly(third, second,
                    versions.get(2).commitId());
            assertThat(gitServer.fetches("during.git") - fetchesBefore).isEqualTo(2);
        }
    }

    @Test
    void pressBeforeFetchJoinsQueuedRun() throws Exception {
        try (ServedRepository busy = served("busy"); ServedRepository waiting = served("waiting")) {
            busy.commit("main", Map.of("a.txt", "one\n"), "One");
            waiting.commit("main", Map.of("b.txt", "one\n"), "One");
            UUID busyVault = create("busy");
            UUID waitingVault = create("waiting");
            awaitVault(busyVault, view -> isReadyAt(view, 1));
            awaitVault(waitingVault, view -> isReadyAt(view, 1));
            busy.commit("main", Map.of("a.txt", "one\ntwo\n"), "Two");
            String latest = waiting.commit("main", Map.of("b.txt", "one\ntwo\n"), "Two");
            gitServer.holdFetches("busy.git");
            int fetchesBefore = gitServer.fetches("waiting.git");

            updateCode(busyVault);
            awaitTrue(() -> gitServer.waitingFetches("busy.git") == 1, "the busy vault's fetch to wait");
            updateCode(waitingVault);
            updateCode(waitingVault);
            gitServer.releaseFetches("busy.git");

            awaitVault(waitingVault, view -> isReadyAt(view, 2));
            awaitTrue(() -> mirrorJobs(waitingVault) == 0, "the mirror job to leave the queue");
            List<VersionView> versions = api.getList("/vaults/" + waitingVault + "/versions", VersionView.class);
            assertThat(versions.get(0).commitId()).isEqualTo(latest);
            assertThat(gitServer.fetches("waiting.git") - fetchesBefore).isEqualTo(1);
        }
    }

    @Test
    void pressDuringAnalysisMirrorsAfterIt() throws Exception {
        try (ServedRepository repository = served("analysing")) {
            repository.commit("main", Map.of("a.txt", "one\n"), "One");
            UUID vaultId = create("analysing");
            awaitVault(vaultId, view -> isReadyAt(view, 1));
            repository.commit("main", Map.of("a.txt", "one\ntwo\n"), "Two");
            analysisGate.close();

            try {
                updateCode(vaultId);
                awaitTrue(() -> analysisGate.waiting() == 1, "the analysis of the new version to wait");
                String third = repository.commit("main", Map.of("a.txt", "one\ntwo\nthree\n"), "Three");
                updateCode(vaultId);
                analysisGate.open();

                awaitVault(vaultId, view -> isReadyAt(view, 3));
                List<VersionView> versions = api.getList("/vaults/" + vaultId + "/versions", VersionView.class);
                assertThat(versions.get(0).commitId()).isEqualTo(third);
            } finally {
                analysisGate.open();
            }
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

    /** Creates a vault that follows main by name, so a run reads the refs only in its fetch. */
    private UUID create(String repository) {
        return api.post("/projects/" + projectId + "/vaults", CreateVaultRequest.git(repository,
                gitServer.url(repository + ".git"), "main", new GitCredentials(USER, TOKEN), null), VaultView.class)
                .body().id();
    }

    private void updateCode(UUID vaultId) {
        api.post("/vaults/" + vaultId + "/update", Map.of(), VaultView.class);
    }

    private static boolean isReadyAt(VaultView view, int version) {
        return view.state().status() == VaultStatus.READY && view.latestVersion() != null
                && view.latestVersion() == version;
    }

    private void awaitVault(UUID vaultId, Predicate<VaultView> condition) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        VaultView view = api.get("/vaults/" + vaultId, VaultView.class);
        while (!condition.test(view)) {
            assertThat(view.state().status()).as("state of vault %s: %s", vaultId, view.state())
                    .isNotEqualTo(VaultStatus.FAILED);
            assertThat(Instant.now()).as("vault %s stayed at %s, version %s", vaultId, view.state(),
                    view.latestVersion()).isBefore(deadline);
            pause();
            view = api.get("/vaults/" + vaultId, VaultView.class);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String description) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + description).isBefore(deadline);
            pause();
        }
    }

    private int mirrorJobs(UUID vaultId) {
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM scheduled_tasks"
                     + " WHERE task_name = 'mirror-git' AND task_instance = ?")) {
            select.setString(1, vaultId.toString());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("reading the queue failed", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
