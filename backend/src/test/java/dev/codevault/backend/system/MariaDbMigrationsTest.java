package dev.codevault.backend.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.SystemClient;
import dev.codevault.backend.testing.Tables;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.common.api.HealthReport;
import dev.codevault.common.api.HealthStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Runs the migrations on MariaDB, so a statement that only H2 accepts fails the build. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbMigrationsTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    SystemClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.put("codevault.data-dir", TempFolders.create("codevault-mariadb").toString());
        return properties;
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void createsCoreTables() throws SQLException {
        try (Connection connection = database.connect()) {
            assertThat(Tables.namesIn(connection)).contains("users", "teams", "memberships", "projects", "vaults",
                    "code_sources", "analysis_runs", "master_keys", "flyway_schema_history");
        }
    }

    @Test
    void recordsEveryMigrationAsSuccessful() throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0");
             ResultSet rows = select.executeQuery()) {
            rows.next();

            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void storesIdsAsSixteenBytes() throws SQLException {
        assertThat(columnType("vaults", "id")).isEqualTo("binary(16)");
        assertThat(columnType("memberships", "user_id")).isEqualTo("binary(16)");
    }

    @Test
    void storesTimesWithMicroseconds() throws SQLException {
        assertThat(columnType("users", "created_at")).isEqualTo("datetime(6)");
        assertThat(columnType("analysis_runs", "finished_at")).isEqualTo("datetime(6)");
    }

    @Test
    void reportsHealthUp() {
        HttpResponse<HealthReport> response = client.health();

        assertThat(response.body().status()).isEqualTo(HealthStatus.UP);
    }

    private String columnType(String table, String column) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT COLUMN_TYPE FROM "
                     + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? "
                     + "AND COLUMN_NAME = ?")) {
            select.setString(1, table);
            select.setString(2, column);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : "(missing)";
            }
        }
    }

}
