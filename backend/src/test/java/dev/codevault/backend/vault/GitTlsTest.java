package dev.codevault.backend.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.GitHttpServer;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.SelfSignedCertificate;
import dev.codevault.backend.testing.ServedRepository;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.error.Problem;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.GitCredentials;
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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Git vaults over https: the loopback git server presents a self-signed certificate that the backend trusts through
 * codevault.git.trusted-certificates, with plain http turned off. A second server, whose certificate is not in that
 * file, is rejected.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GitTlsTest implements TestPropertyProvider {

    private static final String USER = "tls-reader";
    private static final String TOKEN = "glpat-" + UUID.randomUUID();
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final Path folder = TempFolders.create("codevault-tls-git");
    private final Path served = folder.resolve("served");
    private GitHttpServer trustedServer;
    private GitHttpServer untrustedServer;
    private Path trustedPem;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    private Api api;
    private UUID projectId;

    @Override
    public Map<String, String> getProperties() {
        startServers();
        Map<String, String> properties = new HashMap<>(PipelineSettings.on(database));
        properties.put("codevault.git.allow-private-networks", "true");
        properties.put("codevault.git.allow-http", "false");
        properties.put("codevault.git.trusted-certificates", trustedPem.toString());
        return properties;
    }

    @BeforeAll
    void signIn() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Tls");
        accounts.addMember(team, user, TeamRole.ADMIN);
        api = new Api(http.toBlocking(), accounts.accessToken(user));
        projectId = api.post("/teams/" + team.id() + "/projects", new NameRequest("Https"), ProjectView.class)
                .body().id();
    }

    @AfterAll
    void stopServers() {
        trustedServer.close();
        untrustedServer.close();
        database.close();
    }

    @Test
    void mirrorsAndAnalysesOverHttps() {
        String commit;
        try (ServedRepository repository = ServedRepository.create(served.resolve("secure.git"))) {
            commit = repository.commit("main", Map.of("src/App.java", "class App {\n  int x;\n}\n"), "First");
        }

        VaultView created = api.post("/projects/" + projectId + "/vaults", CreateVaultRequest.git("secure",
                trustedServer.url("secure.git"), null, new GitCredentials(USER, TOKEN), null), VaultView.class).body();
        VaultView ready = awaitReady(created.id());

        assertThat(trustedServer.url("secure.git")).startsWith("https://");
        assertThat(ready.latestVersion()).isEqualTo(1);
        List<VersionView> versions = api.getList("/vaults/" + ready.id() + "/versions", VersionView.class);
        assertThat(versions.get(0).commitId()).isEqualTo(commit);
        assertThat(trustedServer.requests()).anyMatch(request -> request.contains("/secure.git/git-upload-pack"));
    }

    @Test
    void rejectsUntrustedCertificate() {
        try (ServedRepository repository = ServedRepository.create(served.resolve("unknown.git"))) {
            repository.commit("main", Map.of("a.txt", "a\n"), "First");
        }

        HttpClientResponseException failure = api.failure(HttpRequest.POST("/projects/" + projectId + "/vaults",
                CreateVaultRequest.git("unknown", untrustedServer.url("unknown.git"), null,
                        new GitCredentials(USER, TOKEN), null)));

        assertThat(failure.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        Problem problem = Api.problemOf(failure);
        assertThat(problem.detail()).contains("The TLS connection to 127.0.0.1 failed");
        assertThat(problem.detail()).doesNotContain(TOKEN);
    }

    @Test
    void rejectsPlainHttpRemote() {
        HttpClientResponseException failure = api.failure(HttpRequest.POST("/projects/" + projectId + "/vaults",
                CreateVaultRequest.git("plain", trustedServer.url("secure.git").replace("https:", "http:"), null,
                        new GitCredentials(USER, TOKEN), null)));

        assertThat(Api.problemOf(failure).type()).endsWith("git-url-rejected");
    }

    private void startServers() {
        if (trustedServer != null) {
            return;
        }
        try {
            SelfSignedCertificate trusted = SelfSignedCertificate.create(folder);
            SelfSignedCertificate untrusted = SelfSignedCertificate.create(folder);
            trustedPem = trusted.writePem(folder.resolve("trusted.pem"));
            trustedServer = GitHttpServer.startHttps(served, USER, TOKEN, trusted.serverContext());
            untrustedServer = GitHttpServer.startHttps(served, USER, TOKEN, untrusted.serverContext());
        } catch (Exception e) {
            throw new IllegalStateException("starting the https git servers failed", e);
        }
    }

    private VaultView awaitReady(UUID vaultId) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        VaultView view = api.get("/vaults/" + vaultId, VaultView.class);
        while (view.state().status() != VaultStatus.READY) {
            assertThat(view.state().status()).as("state of vault %s: %s", vaultId, view.state())
                    .isNotEqualTo(VaultStatus.FAILED);
            assertThat(Instant.now()).as("vault %s stayed at %s", vaultId, view.state()).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            view = api.get("/vaults/" + vaultId, VaultView.class);
        }
        return view;
    }
}
