package dev.codevault.backend.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.config.DataFolders;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.Archives;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.backend.vault.Vault;
import dev.codevault.backend.vault.VaultRepository;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.VaultState;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A job that keeps failing is tried again with backoff, then its vault shows FAILED with a reason to act on. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobFailureTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    VaultRepository vaults;

    @Inject
    DataFolders folders;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = PipelineSettings.on(database);
        // The retry note shows until the second attempt starts. At 200 ms, a poll on a busy machine could miss it.
        properties.put("codevault.jobs.first-retry-delay", "3s");
        return properties;
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void showsFailedVaultAfterRetries() throws Exception {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Unlucky");
        accounts.addMember(team, user, TeamRole.ADMIN);
        Api api = new Api(http.toBlocking(), accounts.accessToken(user));
        UUID projectId = api.post("/teams/" + team.id() + "/projects", new NameRequest("Broken disk"),
                ProjectView.class).body().id();
        UUID vaultId = api.post("/projects/" + projectId + "/vaults",
                new CreateVaultRequest("blocked", CodeSourceKind.ARCHIVE), VaultView.class).body().id();
        blockRepositoryFolder(vaults.findById(vaultId).orElseThrow());

        api.upload("/vaults/" + vaultId + "/archives?name=app.zip",
                Archives.zip(Map.of("App.java", "class App {\n}\n", "README.md", "# App\n")), VaultView.class);
        List<VaultState> seen = watchUntilFailed(api, vaultId);

        VaultState last = seen.get(seen.size() - 1);
        assertThat(last.status()).isEqualTo(VaultStatus.FAILED);
        assertThat(last.reason()).contains("storage error").contains("Upload the archive again")
                .doesNotContain(folders.storageDir().toString());
        assertThat(seen).anySatisfy(state -> assertThat(state.reason()).contains("Attempt 1 of 2 failed"));
    }

    /** Puts a plain file where the vault's repository folder goes, so every import fails on storage. */
    private void blockRepositoryFolder(Vault vault) throws Exception {
        Path repositories = folders.storageDir().resolve("repositories");
        Files.createDirectories(repositories);
        Files.writeString(repositories.resolve(vault.repositoryName()), "not a repository");
    }

    private static List<VaultState> watchUntilFailed(Api api, UUID vaultId) throws InterruptedException {
        List<VaultState> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            VaultState state = api.get("/vaults/" + vaultId, VaultView.class).state();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state)) {
                seen.add(state);
            }
            if (state.status() == VaultStatus.FAILED) {
                return seen;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the vault did not fail within a minute: " + seen);
    }
}
