package dev.codevault.backend.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.testing.SystemClient;
import dev.codevault.backend.testing.Tables;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.common.api.HealthCheck;
import dev.codevault.common.api.HealthReport;
import dev.codevault.common.api.HealthStatus;
import dev.codevault.common.api.ServerFeatures;
import dev.codevault.common.api.VersionInfo;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Boots the server on its embedded defaults from an empty data folder, as a first start on a new machine. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDefaultsTest implements TestPropertyProvider {

    private final Path dataDir = TempFolders.create("codevault-embedded").resolve("data");

    @Inject
    SystemClient client;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("codevault.data-dir", dataDir.toString());
    }

    @Test
    void reportsHealthUp() {
        HttpResponse<HealthReport> response = client.health();

        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(response.body().status()).isEqualTo(HealthStatus.UP);
        assertThat(response.body().checks()).containsExactly(HealthCheck.up("database"), HealthCheck.up("storage"));
    }

    @Test
    void appliesEveryMigration() throws SQLException {
        assertThat(Tables.namesIn(dataSource)).contains("users", "teams", "memberships", "projects", "vaults",
                "code_sources", "analysis_runs", "master_keys");
    }

    @Test
    void keepsDatabaseAndStorageInDataFolder() {
        assertThat(dataDir.resolve("db/codevault.mv.db")).isRegularFile();
        assertThat(dataDir.resolve("storage")).isDirectory();
    }

    @Test
    void createsFoldersReadableByOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("storage"))))
                .isEqualTo("rwx------");
    }

    @Test
    void generatesMasterKeyReadableByOwnerOnly() throws IOException {
        Path keyFile = dataDir.resolve("master.key");

        assertThat(keyFile).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void servesVersion() {
        VersionInfo version = client.version();

        assertThat(version.product()).isEqualTo("CodeVault");
        assertThat(version.version()).isNotBlank().doesNotContain("${");
        assertThat(version.apiVersion()).isEqualTo(VersionInfo.CURRENT_API_VERSION);
        assertThat(version.archiveLimit()).hasValue(2L * 1024 * 1024 * 1024);
        assertThat(version.offers(ServerFeatures.GIT_HTTP_REMOTES)).isFalse();
    }

    @Test
    void reportsDevelopmentMailWithoutSmtpServer() {
        VersionInfo version = client.version();

        assertThat(version.offers(ServerFeatures.DEVELOPMENT_MAIL)).isTrue();
    }

}
