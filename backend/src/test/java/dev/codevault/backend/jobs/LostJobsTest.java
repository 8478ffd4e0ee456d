package dev.codevault.backend.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.project.ProjectService;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Archives;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.backend.vault.ArchiveUploadRepository;
import dev.codevault.backend.vault.ArchiveUploadService;
import dev.codevault.backend.vault.VaultService;
import dev.codevault.common.vault.CodeSourceKind;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sweeper's re-queueing reads a vault's work again before it queues a job, so work that a job finished after
 * the sweeper's first read is not queued twice. No worker runs here, so only the test changes the queue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LostJobsTest {

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private ApplicationContext context;
    private LostJobs lostJobs;

    @BeforeAll
    void startWithoutWorker() {
        Map<String, Object> settings = new HashMap<>(PipelineSettings.on(database));
        settings.put("codevault.jobs.worker-enabled", "false");
        context = ApplicationContext.builder().properties(settings).start();
        lostJobs = context.getBean(LostJobs.class);
    }

    @AfterAll
    void stop() {
        context.close();
        database.close();
    }

    @Test
    void requeuesUploadThatLostItsJob() throws SQLException {
        UUID vaultId = vaultWithUpload();
        deleteQueuedJob(JobKind.IMPORT, vaultId);

        assertThat(lostJobs.requeueImport(vaultId)).isTrue();
        assertThat(lostJobs.requeueImport(vaultId)).isFalse();
    }

    @Test
    void skipsUploadThatIsGoneOnSecondRead() throws SQLException {
        UUID vaultId = vaultWithUpload();
        deleteQueuedJob(JobKind.IMPORT, vaultId);
        ArchiveUploadRepository uploads = context.getBean(ArchiveUploadRepository.class);
        uploads.deleteById(uploads.findByVaultId(vaultId).orElseThrow().id());

        assertThat(lostJobs.requeueImport(vaultId)).isFalse();
    }

    @Test
    void skipsAnalysisOfVaultWithoutPendingVersions() {
        UUID vaultId = vaultWithUpload();

        assertThat(lostJobs.vaultsWithPendingVersions()).doesNotContain(vaultId);
        assertThat(lostJobs.requeueAnalysis(vaultId)).isFalse();
    }

    private UUID vaultWithUpload() {
        TestAccounts accounts = context.getBean(TestAccounts.class);
        User user = accounts.createUser();
        Team team = accounts.createTeam("Sweeper");
        accounts.addMember(team, user, TeamRole.ADMIN);
        UUID projectId = context.getBean(ProjectService.class).create(user.id(), team.id(), "Lost jobs").id();
        UUID vaultId = context.getBean(VaultService.class).create(user.id(), projectId, "app", CodeSourceKind.ARCHIVE)
                .id();
        byte[] archive = Archives.zip(Map.of("src/Main.java", "class Main {\n}\n"));
        context.getBean(ArchiveUploadService.class).upload(user.id(), vaultId, "app.zip", archive.length,
                new ByteArrayInputStream(archive));
        return vaultId;
    }

    private void deleteQueuedJob(JobKind kind, UUID vaultId) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")) {
            delete.setString(1, kind.taskName());
            delete.setString(2, vaultId.toString());
            assertThat(delete.executeUpdate()).as("queued %s jobs of vault %s", kind, vaultId).isEqualTo(1);
        }
    }
}
