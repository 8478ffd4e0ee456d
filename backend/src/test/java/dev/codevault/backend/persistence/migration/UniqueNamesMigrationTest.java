package dev.codevault.backend.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codevault.backend.persistence.NameKeys;
import dev.codevault.backend.testing.MariaDbDatabase;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The migration that makes project and vault names unique, run by Flyway on a database at version 32 that contains
 * clashing names already, on MariaDB and on H2 in MySQL mode as the embedded default runs it.
 */
class UniqueNamesMigrationTest {

    private static final String[] LOCATIONS = {"classpath:db/migration",
            "classpath:dev/codevault/backend/persistence/migration"};
    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 12, 0);

    @Nested
    class OnMariaDb extends Cases {

        /** A database per test; a field, because the migration in the superclass runs before this class's setup. */
        private final MariaDbDatabase database = MariaDbDatabase.create();

        @AfterEach
        void dropDatabase() {
            database.close();
        }

        @Override
        Connection connect() throws SQLException {
            return database.connect();
        }

        @Override
        Flyway flyway(String target) {
            return Flyway.configure().dataSource(database.url(), database.username(), database.password())
                    .locations(LOCATIONS).target(target).load();
        }
    }

    @Nested
    class OnH2 extends Cases {

        /** The embedded default's settings, in memory; kept open until the test shuts it down. */
        private final String url = "jdbc:h2:mem:names-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

        @AfterEach
        void dropDatabase() throws SQLException {
            try (Connection connection = connect(); Statement shutdown = connection.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, "sa", "");
        }

        @Override
        Flyway flyway(String target) {
            return Flyway.configure().dataSource(url, "sa", "").locations(LOCATIONS).target(target).load();
        }
    }

    /** The cases, run on each database. */
    abstract class Cases {

        private final UUID teamId = UUID.randomUUID();
        private final UUID otherTeamId = UUID.randomUUID();
        private int rows;

        abstract Connection connect() throws SQLException;

        abstract Flyway flyway(String target);

        @BeforeEach
        void migrateToPreviousVersion() throws SQLException {
            flyway("32").migrate();
            insertTeam(teamId);
            insertTeam(otherTeamId);
        }

        @Test
        void numbersClashingProjectNames() throws SQLException {
            UUID first = insertProject(teamId, "App");
            UUID second = insertProject(teamId, "app");
            UUID third = insertProject(teamId, "APP");
            UUID numbered = insertProject(teamId, "App (2)");

            migrate();

            assertThat(projectName(first)).isEqualTo("App");
            assertThat(projectName(second)).isEqualTo("app (3)");
            assertThat(projectName(third)).isEqualTo("APP (4)");
            assertThat(projectName(numbered)).isEqualTo("App (2)");
        }

        @Test
        void keepsSameNameInOtherTeam() throws SQLException {
            UUID mine = insertProject(teamId, "Shared");
            UUID theirs = insertProject(otherTeamId, "shared");

            migrate();

            assertThat(projectName(mine)).isEqualTo("Shared");
            assertThat(projectName(theirs)).isEqualTo("shared");
        }

        @Test
        void numbersClashingVaultNamesPerProject() throws SQLException {
            UUID project = insertProject(teamId, "Vaults");
            UUID otherProject = insertProject(teamId, "More vaults");
            UUID first = insertVault(project, "backend");
            UUID second = insertVault(project, " Backend ");
            UUID elsewhere = insertVault(otherProject, "backend");

            migrate();

            assertThat(vaultName(first)).isEqualTo("backend");
            assertThat(vaultName(second)).isEqualTo("Backend (2)");
            assertThat(vaultName(elsewhere)).isEqualTo("backend");
        }

        @Test
        void shortensLongNameToFitNumber() throws SQLException {
            String longName = "x".repeat(200);
            insertProject(teamId, longName);
            UUID second = insertProject(teamId, longName.toUpperCase());

            migrate();

            assertThat(projectName(second)).isEqualTo("X".repeat(196) + " (2)");
        }

        @Test
        void storesKeyOfEveryName() throws SQLException {
            UUID project = insertProject(teamId, "Keyed");

            migrate();

            assertThat(projectKey(project)).isEqualTo(NameKeys.of("keyed"));
        }

        @Test
        void rejectsClashingInsertAfterwards() throws SQLException {
            insertProject(teamId, "Taken");
            migrate();

            assertThatThrownBy(() -> insertKeyedProject(teamId, "TAKEN"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(failure -> assertThat(((SQLException) failure).getSQLState()).startsWith("23"));
        }

        @Test
        void migratesEmptyTables() {
            MigrateResult result = migrate();

            assertThat(result.success).isTrue();
        }

        private MigrateResult migrate() {
            return flyway("latest").migrate();
        }

        private void insertTeam(UUID id) throws SQLException {
            try (Connection connection = connect();
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO teams (id, name, personal, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setBytes(1, bytes(id));
                insert.setString(2, "Team " + id);
                insert.setBoolean(3, false);
                insert.setObject(4, START);
                insert.executeUpdate();
            }
        }

        /** Inserts a project before the migration, each one a minute after the last. */
        private UUID insertProject(UUID team, String name) throws SQLException {
            UUID id = UUID.randomUUID();
            try (Connection connection = connect();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO projects (id, team_id, name, "
                         + "created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setBytes(1, bytes(id));
                insert.setBytes(2, bytes(team));
                insert.setString(3, name);
                insert.setObject(4, nextTime());
                insert.setObject(5, START);
                insert.executeUpdate();
            }
            return id;
        }

        private void insertKeyedProject(UUID team, String name) throws SQLException {
            try (Connection connection = connect();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO projects (id, team_id, name, "
                         + "name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setBytes(1, bytes(UUID.randomUUID()));
                insert.setBytes(2, bytes(team));
                insert.setString(3, name);
                insert.setBytes(4, NameKeys.of(name));
                insert.setObject(5, nextTime());
                insert.setObject(6, START);
                insert.executeUpdate();
            }
        }

        private UUID insertVault(UUID project, String name) throws SQLException {
            UUID id = UUID.randomUUID();
            try (Connection connection = connect();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO vaults (id, project_id, name, "
                         + "status, repository_name, created_at, updated_at, status_changed_at) "
                         + "VALUES (?, ?, ?, 'READY', ?, ?, ?, ?)")) {
                insert.setBytes(1, bytes(id));
                insert.setBytes(2, bytes(project));
                insert.setString(3, name);
                insert.setString(4, id.toString().replace("-", ""));
                insert.setObject(5, nextTime());
                insert.setObject(6, START);
                insert.setObject(7, START);
                insert.executeUpdate();
            }
            return id;
        }

        private String projectName(UUID id) throws SQLException {
            return (String) column("SELECT name FROM projects WHERE id = ?", id).get(0);
        }

        private byte[] projectKey(UUID id) throws SQLException {
            return (byte[]) column("SELECT name_key FROM projects WHERE id = ?", id).get(0);
        }

        private String vaultName(UUID id) throws SQLException {
            return (String) column("SELECT name FROM vaults WHERE id = ?", id).get(0);
        }

        private List<Object> column(String sql, UUID id) throws SQLException {
            List<Object> values = new ArrayList<>();
            try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(sql)) {
                select.setBytes(1, bytes(id));
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        values.add(result.getObject(1));
                    }
                }
            }
            assertThat(values).as("rows of %s for %s", sql, id).hasSize(1);
            return values;
        }

        private LocalDateTime nextTime() {
            rows++;
            return START.plusMinutes(rows);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
