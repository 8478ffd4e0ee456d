package dev.codevault.backend.vault;

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
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Deleting a vault or a project while an archive import writes into the vault's repository: the call succeeds, the
 * import stops, and the repository, the queue entries and the deletion record are gone soon after.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VaultDeletionTest implements TestPropertyProvider {

    private static final int FILES = 30_000;

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final byte[] largeArchive = largeArchive();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    DataFolders folders;

    @Inject
    VaultRepository vaults;

    private Api api;
    private UUID teamId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = PipelineSettings.on(database);
        properties.put("codevault.archive.max-entries", String.valueOf(FILES + 100));
        return properties;
    }

    @BeforeAll
    void signIn() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Deleters");
        accounts.addMember(team, user, TeamRole.ADMIN);
        teamId = team.id();
        api = new Api(http.toBlocking(), accounts.accessToken(user));
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void deletesVaultDuringImport() throws Exception {
        UUID projectId = newProject("During import");
        UUID vaultId = uploadLargeArchive(projectId);
        String repositoryName = vaults.findById(vaultId).orElseThrow().repositoryName();
        awaitImporting(vaultId);

        assertThat(api.delete("/vaults/" + vaultId).code()).isEqualTo(204);

        awaitCleanUp(vaultId, repositoryName);
    }

    @Test
    void deletesProjectDuringImport() throws Exception {
        UUID projectId = newProject("Whole project");
        UUID vaultId = uploadLargeArchive(projectId);
        String repositoryName = vaults.findById(vaultId).orElseThrow().repositoryName();
        awaitImporting(vaultId);

        assertThat(api.delete("/projects/" + projectId).code()).isEqualTo(204);

        awaitCleanUp(vaultId, repositoryName);
    }

    private UUID newProject(String name) {
        return api.post("/teams/" + teamId + "/projects", new NameRequest(name), ProjectView.class).body().id();
    }

    private UUID uploadLargeArchive(UUID projectId) {
        UUID vaultId = api.post("/projects/" + projectId + "/vaults",
                new CreateVaultRequest("large", CodeSourceKind.ARCHIVE), VaultView.class).body().id();
        api.upload("/vaults/" + vaultId + "/archives?name=large.zip", largeArchive, VaultView.class);
        return vaultId;
    }

    private void awaitImporting(UUID vaultId) throws InterruptedException {
        await("vault " + vaultId + " importing", () -> vaults.findById(vaultId)
                .map(vault -> vault.status() == VaultStatus.IMPORTING && Files.isDirectory(repositoryOf(vault)))
                .orElse(false));
    }

    private void awaitCleanUp(UUID vaultId, String repositoryName) throws InterruptedException {
        Path repository = folders.storageDir().resolve("repositories").resolve(repositoryName);
        await("repository, jobs and deletion record of vault " + vaultId + " gone",
                () -> !Files.exists(repository) && count("scheduled_tasks", "task_instance", vaultId.toString()) == 0
                        && count("repository_deletions", "repository_name", repositoryName) == 0);
        assertThat(vaults.findById(vaultId)).isEmpty();
        assertThat(repository).doesNotExist();
    }

    private Path repositoryOf(Vault vault) {
        return folders.storageDir().resolve("repositories").resolve(vault.repositoryName());
    }

    private long count(String table, String column, String value) {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("counting rows of " + table + " failed", e);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private static byte[] largeArchive() {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < FILES; i++) {
            files.put("app/m" + (i % 100) + "/F" + i + ".py", "def f" + i + "():\n    return " + i + "\n");
        }
        return Archives.zip(files);
    }
}
