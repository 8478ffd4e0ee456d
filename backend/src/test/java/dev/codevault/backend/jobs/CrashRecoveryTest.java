package dev.codevault.backend.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.ProcessApi;
import dev.codevault.backend.testing.ServerProcess;
import dev.codevault.backend.testing.TextArchives;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;

/**
 * Kills the server process while it imports an upload, starts a new one on the same database and storage, and
 * checks that the job completes once: one version, one commit, no upload left.
 */
class CrashRecoveryTest {

    @Test
    void completesImportAfterWorkerIsKilled() throws Exception {
        try (MariaDbDatabase database = MariaDbDatabase.create()) {
            Map<String, String> settings = PipelineSettings.on(database);
            ProcessApi api = ProcessApi.newAdmin(settings);
            Path archive = TextArchives.zipOfMegabytes(120);

            String vaultId;
            try (ServerProcess first = ServerProcess.start(arguments(settings))) {
                api.connect(first);
                vaultId = api.createVault("big");
                api.upload(vaultId, archive);
                api.awaitStatus(vaultId, "IMPORTING", Duration.ofSeconds(60));
                first.kill();
            }
            try (ServerProcess second = ServerProcess.start(arguments(settings))) {
                api.connect(second);
                api.awaitStatus(vaultId, "READY", Duration.ofSeconds(180));
            }

            assertThat(count(database, "SELECT COUNT(*) FROM analysis_runs")).isEqualTo(1);
            assertThat(count(database, "SELECT COUNT(*) FROM archive_uploads")).isZero();
            assertThat(commitsIn(settings, database)).isEqualTo(1);
        }
    }

    private static String[] arguments(Map<String, String> settings) throws Exception {
        List<String> arguments = new ArrayList<>();
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        // Last wins: the test settings pick a random port, but the client must know which one.
        arguments.add("--micronaut.server.port=" + ServerProcess.freePort());
        return arguments.toArray(String[]::new);
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
            for (RevCommit ignored : git.log().add(repository.resolve("refs/heads/main")).call()) {
                commits++;
            }
            return commits;
        }
    }
}
