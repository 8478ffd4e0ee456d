package dev.codevault.backend.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.config.DataFolders;
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
import dev.codevault.common.error.Problem;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.GitCredentials;
import dev.codevault.common.vault.UpdateVaultRequest;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.common.vault.VersionView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Changing a git vault's remote URL, branch and credentials through PATCH on the vault, against MariaDB and two git
 * servers over smart HTTP on loopback. The second server listens on another port, so it counts as another host for
 * the stored credentials, and it accepts the same login, so a credential sent to it by mistake would open it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteChangeTest implements TestPropertyProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String USER = "reader";
    private static final String TOKEN = "glpat-" + UUID.randomUUID();

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final Path served = TempFolders.create("codevault-moves-served");
    private final Path servedElsewhere = TempFolders.create("codevault-moves-elsewhere");
    private final GitHttpServer gitServer = startServer(served);
    private final GitHttpServer otherHost = startServer(servedElsewhere);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    VaultRepository vaults;

    @Inject
    DataFolders folders;

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
        properties.put("codevault.git.check-timeout", "10s");
        properties.put("codevault.test.analysis-gate", "true");
        return properties;
    }

    @BeforeAll
    void signInAndCreateProject() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Movers");
        accounts.addMember(team, user, TeamRole.ADMIN);
        api = new Api(http.toBlocking(), accounts.accessToken(user));
        projectId = api.post("/teams/" + team.id() + "/projects", new NameRequest("Moved remotes"),
                ProjectView.class).body().id();
    }

    @AfterAll
    void stopServers() {
        gitServer.close();
        otherHost.close();
        database.close();
    }

    @Nested
    class NewUrl {

        @Test
        void mirrorsNewRemoteIntoNewRepository() throws IOException {
            String oldCommit = commit("origin", "a.txt", "old history\n");
            String newCommit = commit("relocated", "b.txt", "unrelated history\n");
            UUID vaultId = createReady("origin");
            String oldRepository = repositoryName(vaultId);

            VaultView changed = api.patch("/vaults/" + vaultId,
                    UpdateVaultRequest.moveTo(gitServer.url("relocated.git")), VaultView.class);
            awaitReadyAt(vaultId, 2);

            assertThat(changed.git().remoteUrl()).isEqualTo(gitServer.url("relocated.git"));
            assertThat(changed.git().credentialStored()).isTrue();
            assertThat(commits(vaultId)).containsExactly(newCommit, oldCommit);
            assertThat(repositoryName(vaultId)).isNotEqualTo(oldRepository);
            try (Repository mirror = vaultRepository(vaultId)) {
                assertThat(mirror.getObjectDatabase().has(ObjectId.fromString(newCommit))).isTrue();
                assertThat(mirror.getObjectDatabase().has(ObjectId.fromString(oldCommit))).isFalse();
            }
            awaitTrue(() -> !Files.exists(repositories().resolve(oldRepository)), "the old repository to go");
        }

        @Test
        void resumesPausedVaultAfterMove() throws IOException {
            commit("gone", "a.txt", "one\n");
            String moved = commit("new-home", "a.txt", "one\ntwo\n");
            UUID vaultId = createReady("gone");
            FileUtils.delete(served.resolve("gone.git").toFile(), FileUtils.RECURSIVE);
            api.post("/vaults/" + vaultId + "/update", Map.of(), VaultView.class);
            VaultView failed = await(vaultId, view -> view.state().status() == VaultStatus.FAILED);
            assertThat(failed.git().paused()).isTrue();

            VaultView changed = api.patch("/vaults/" + vaultId,
                    UpdateVaultRequest.moveTo(gitServer.url("new-home.git")), VaultView.class);
            VaultView ready = awaitReadyAt(vaultId, 2);

            assertThat(changed.git().paused()).isFalse();
            assertThat(ready.git().paused()).isFalse();
            assertThat(commits(vaultId).get(0)).isEqualTo(moved);
        }

        @Test
        void keepsResponseFreeOfCredentials() throws IOException {
            commit("quiet", "a.txt", "a\n");
            commit("quiet-moved", "a.txt", "b\n");
            UUID vaultId = createReady("quiet");

            String json = http.toBlocking().retrieve(HttpRequest.PATCH("/vaults/" + vaultId,
                    new UpdateVaultRequest(null, gitServer.url("quiet-moved.git"), null, null,
                            new GitCredentials(USER, TOKEN))).bearerAuth(api.token()));

            assertThat(json).contains("quiet-moved.git").doesNotContain(TOKEN);
        }

        @Test
        void dropsResultOfStaleRun() throws Exception {
            String first = commit("stale", "a.txt", "one\n");
            String replacement = commit("stale-moved", "b.txt", "other\n");
            UUID vaultId = createReady("stale");
            commit("stale", "a.txt", "one\ntwo\n");
            gitServer.holdFetches("stale.git");
            try {
                api.post("/vaults/" + vaultId + "/update", Map.of(), VaultView.class);
                awaitTrue(() -> gitServer.waitingFetches("stale.git") == 1, "the run's fetch to wait");

                api.patch("/vaults/" + vaultId, UpdateVaultRequest.moveTo(gitServer.url("stale-moved.git")),
                        VaultView.class);
            } finally {
                gitServer.releaseFetches("stale.git");
            }
            awaitReadyAt(vaultId, 2);

            assertThat(commits(vaultId)).containsExactly(replacement, first);
        }

        @Test
        void rejectsMoveDuringPendingAnalysis() throws IOException {
            commit("busy", "a.txt", "one\n");
            commit("busy-moved", "a.txt", "moved\n");
            UUID vaultId = createReady("busy");
            commit("busy", "a.txt", "one\ntwo\n");
            analysisGate.close();
            HttpClientResponseException failure;
            try {
                api.post("/vaults/" + vaultId + "/update", Map.of(), VaultView.class);
                awaitTrue(() -> analysisGate.waiting() == 1, "the analysis of version 2 to wait");

                failure = api.failure(HttpRequest.PATCH("/vaults/" + vaultId,
                        UpdateVaultRequest.moveTo(gitServer.url("busy-moved.git"))));
            } finally {
                analysisGate.open();
            }

            assertThat(failure.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
            assertThat(Api.problemOf(failure).detail()).contains("still analysing version 2");
            assertThat(awaitReadyAt(vaultId, 2).git().remoteUrl()).isEqualTo(gitServer.url("busy.git"));
        }
    }

    @Nested
    class Checks {

        @Test
        void keepsRemoteOnMissingRepository() throws IOException {
            commit("kept", "a.txt", "a\n");
            UUID vaultId = createReady("kept");
            String repository = repositoryName(vaultId);

            Problem problem = patchFailure(vaultId, UpdateVaultRequest.moveTo(gitServer.url("nowhere.git")));

            assertThat(problem.type()).endsWith("git-not-found");
            assertThat(problem.detail()).contains("nowhere.git was not found");
            assertThat(view(vaultId).git().remoteUrl()).isEqualTo(gitServer.url("kept.git"));
            assertThat(repositoryName(vaultId)).isEqualTo(repository);
        }

        @Test
        void rejectsUrlWithEmbeddedPassword() throws IOException {
            commit("embedded", "a.txt", "a\n");
            UUID vaultId = createReady("embedded");

            Problem problem = patchFailure(vaultId, UpdateVaultRequest.moveTo(
                    "http://user:hunter2@127.0.0.1:" + gitServer.port() + "/embedded.git"));

            assertThat(problem.type()).endsWith("git-url-rejected");
            assertThat(problem.detail()).doesNotContain("hunter2");
        }

        @Test
        void rejectsLocalPath() throws IOException {
            commit("local", "a.txt", "a\n");
            UUID vaultId = createReady("local");

            Problem problem = patchFailure(vaultId, UpdateVaultRequest.moveTo("file:///etc/passwd"));

            assertThat(problem.type()).endsWith("git-url-rejected");
            assertThat(view(vaultId).git().remoteUrl()).isEqualTo(gitServer.url("local.git"));
        }

        @Test
        void rejectsMissingBranch() throws IOException {
            commit("one-branch", "a.txt", "a\n");
            UUID vaultId = createReady("one-branch");

            Problem problem = patchFailure(vaultId, UpdateVaultRequest.followBranch("release"));

            assertThat(problem.type()).endsWith("git-branch-not-found");
            assertThat(view(vaultId).git().branch()).isNull();
        }

        @Test
        void rejectsBranchWithDefaultBranch() throws IOException {
            commit("either", "a.txt", "a\n");
            UUID vaultId = createReady("either");

            Problem problem = patchFailure(vaultId, new UpdateVaultRequest(null, null, "main", true, null));

            assertThat(problem.detail()).contains("Send one of the two");
        }

        @Test
        void rejectsTakenNameWithRemoteChange() throws IOException {
            commit("named", "a.txt", "a\n");
            commit("named", "next", "b.txt", "b\n");
            commit("other-named", "a.txt", "a\n");
            create("other-named");
            UUID vaultId = createReady("named");

            HttpClientResponseException failure = api.failure(HttpRequest.PATCH("/vaults/" + vaultId,
                    new UpdateVaultRequest("OTHER-NAMED", null, "next", null, null)));

            assertThat(failure.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
            assertThat(Api.problemOf(failure).detail()).contains("'other-named'");
            assertThat(view(vaultId).git().branch()).isNull();
            assertThat(view(vaultId).name()).isEqualTo("named");
        }

        @Test
        void rejectsWrongNewCredentials() throws IOException {
            commit("guarded", "a.txt", "a\n");
            UUID vaultId = createReady("guarded");

            Problem problem = patchFailure(vaultId, UpdateVaultRequest.replaceCredentials(
                    new GitCredentials(USER, "wrong-token")));

            assertThat(problem.type()).endsWith("git-authentication");
            assertThat(problem.detail()).doesNotContain("wrong-token");
        }

        @Test
        void rejectsRemoteOfArchiveVault() {
            UUID vaultId = api.post("/projects/" + projectId + "/vaults",
                    new CreateVaultRequest("uploads", CodeSourceKind.ARCHIVE), VaultView.class).body().id();

            HttpClientResponseException failure = api.failure(HttpRequest.PATCH("/vaults/" + vaultId,
                    UpdateVaultRequest.moveTo(gitServer.url("kept.git"))));

            assertThat(failure.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
            assertThat(Api.problemOf(failure).detail()).contains("takes uploaded archives");
        }

        @Test
        void rejectsRequestThatChangesNothing() throws IOException {
            commit("untouched", "a.txt", "a\n");
            UUID vaultId = createReady("untouched");

            HttpClientResponseException failure = api.failure(HttpRequest.PATCH("/vaults/" + vaultId, Map.of()));

            assertThat(failure.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
            assertThat(Api.problemOf(failure).detail()).contains("changes nothing");
        }
    }

    @Nested
    class StoredCredentials {

        @Test
        void withheldFromOtherHost() throws IOException {
            commit("home", "a.txt", "a\n");
            commitElsewhere("abroad", "a.txt", "b\n");
            UUID vaultId = createReady("home");
            int loginsBefore = otherHost.requestsWithLogin();

            Problem problem = patchFailure(vaultId, UpdateVaultRequest.moveTo(otherHost.url("abroad.git")));

            assertThat(problem.type()).endsWith("git-authentication");
            assertThat(problem.detail()).contains("stored credentials were not sent");
            assertThat(otherHost.requestsWithLogin()).isEqualTo(loginsBefore);
            assertThat(view(vaultId).git().remoteUrl()).isEqualTo(gitServer.url("home.git"));
        }

        @Test
        void opensOtherHostWithNewCredentials() throws IOException {
            commit("leaving", "a.txt", "a\n");
            String abroad = commitElsewhere("arrived", "a.txt", "b\n");
            UUID vaultId = createReady("leaving");

            api.patch("/vaults/" + vaultId, new UpdateVaultRequest(null, otherHost.url("arrived.git"), null, null,
                    new GitCredentials(USER, TOKEN)), VaultView.class);
            VaultView ready = awaitReadyAt(vaultId, 2);

            assertThat(ready.git().credentialStored()).isTrue();
            assertThat(commits(vaultId).get(0)).isEqualTo(abroad);
        }
    }

    @Nested
    class Branch {

        @Test
        void followsNewBranchInSameRepository() throws IOException {
            commit("branches", "a.txt", "main\n");
            String feature = commit("branches", "feature", "b.txt", "feature\n");
            UUID vaultId = createReady("branches");
            String repository = repositoryName(vaultId);

            VaultView changed = api.patch("/vaults/" + vaultId, UpdateVaultRequest.followBranch("feature"),
                    VaultView.class);
            awaitReadyAt(vaultId, 2);

            assertThat(changed.git().branch()).isEqualTo("feature");
            assertThat(commits(vaultId).get(0)).isEqualTo(feature);
            assertThat(repositoryName(vaultId)).isEqualTo(repository);
        }

        @Test
        void followsDefaultBranchAgain() throws IOException {
            String main = commit("defaults", "a.txt", "main\n");
            commit("defaults", "feature", "b.txt", "feature\n");
            UUID vaultId = api.post("/projects/" + projectId + "/vaults", CreateVaultRequest.git("defaults",
                    gitServer.url("defaults.git"), "feature", credentials(), null), VaultView.class).body().id();
            awaitReadyAt(vaultId, 1);

            VaultView changed = api.patch("/vaults/" + vaultId, UpdateVaultRequest.defaultBranch(),
                    VaultView.class);
            awaitReadyAt(vaultId, 2);

            assertThat(changed.git().branch()).isNull();
            assertThat(commits(vaultId).get(0)).isEqualTo(main);
        }

        @Test
        void renamesTogetherWithBranch() throws IOException {
            commit("renamed", "a.txt", "main\n");
            commit("renamed", "next", "b.txt", "next\n");
            UUID vaultId = createReady("renamed");

            VaultView changed = api.patch("/vaults/" + vaultId, new UpdateVaultRequest("  Next  ", null, "next", null,
                    null), VaultView.class);

            assertThat(changed.name()).isEqualTo("Next");
            assertThat(changed.git().branch()).isEqualTo("next");
        }
    }

    private static GitHttpServer startServer(Path root) {
        try {
            return GitHttpServer.start(root, USER, TOKEN);
        } catch (IOException e) {
            throw new IllegalStateException("starting a test git server failed", e);
        }
    }

    private String commit(String repository, String file, String content) {
        return commit(repository, "main", file, content);
    }

    private String commit(String repository, String branch, String file, String content) {
        try (ServedRepository served = ServedRepository.openOrCreate(this.served.resolve(repository + ".git"))) {
            return served.commit(branch, Map.of(file, content), "Commit on " + branch);
        }
    }

    private String commitElsewhere(String repository, String file, String content) {
        try (ServedRepository served = ServedRepository.openOrCreate(servedElsewhere.resolve(repository + ".git"))) {
            return served.commit("main", Map.of(file, content), "Commit elsewhere");
        }
    }

    private static GitCredentials credentials() {
        return new GitCredentials(USER, TOKEN);
    }

    private UUID create(String repository) {
        return api.post("/projects/" + projectId + "/vaults", CreateVaultRequest.git(repository,
                gitServer.url(repository + ".git"), null, credentials(), null), VaultView.class).body().id();
    }

    /** Creates a vault of a repository on the first server and waits until its first version is analysed. */
    private UUID createReady(String repository) {
        UUID vaultId = create(repository);
        awaitReadyAt(vaultId, 1);
        return vaultId;
    }

    private Problem patchFailure(UUID vaultId, UpdateVaultRequest request) {
        HttpClientResponseException failure = api.failure(HttpRequest.PATCH("/vaults/" + vaultId, request));
        assertThat(failure.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        return Api.problemOf(failure);
    }

    private VaultView view(UUID vaultId) {
        return api.get("/vaults/" + vaultId, VaultView.class);
    }

    private List<String> commits(UUID vaultId) {
        return api.getList("/vaults/" + vaultId + "/versions", VersionView.class).stream()
                .map(VersionView::commitId).toList();
    }

    private String repositoryName(UUID vaultId) {
        return vaults.findById(vaultId).orElseThrow().repositoryName();
    }

    private Path repositories() {
        return folders.storageDir().resolve("repositories");
    }

    private Repository vaultRepository(UUID vaultId) throws IOException {
        return FileRepositoryBuilder.create(repositories().resolve(repositoryName(vaultId)).toFile());
    }

    private VaultView awaitReadyAt(UUID vaultId, int version) {
        return await(vaultId, view -> view.state().status() == VaultStatus.READY && view.latestVersion() != null
                && view.latestVersion() == version);
    }

    private VaultView await(UUID vaultId, Predicate<VaultView> condition) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        VaultView view = view(vaultId);
        while (!condition.test(view)) {
            assertThat(Instant.now()).as("vault %s stayed at %s with %s", vaultId, view.state(), view.git())
                    .isBefore(deadline);
            pause();
            view = view(vaultId);
        }
        return view;
    }

    private static void awaitTrue(BooleanSupplier condition, String description) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + description).isBefore(deadline);
            pause();
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
