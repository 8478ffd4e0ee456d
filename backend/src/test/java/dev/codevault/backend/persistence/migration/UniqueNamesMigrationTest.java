package dev.codevault.backend.persistence.migration;

import static dev.codevault.backend.persistence.migration.MigrationDatabase.START;
import static dev.codevault.backend.persistence.migration.MigrationDatabase.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codevault.backend.persistence.NameKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.UUID;
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

    @Nested
    class OnMariaDb extends Cases {

        OnMariaDb() {
            super(MigrationDatabase.onMariaDb());
        }
    }

    @Nested
    class OnH2 extends Cases {

        OnH2() {
            super(MigrationDatabase.onH2());
        }
    }

    /** The cases, run on each database. */
    abstract class Cases {

        /** A database per test, created with the test's instance, so it exists before the setup runs. */
        private final MigrationDatabase database;
        private final UUID teamId = UUID.randomUUID();
        private final UUID otherTeamId = UUID.randomUUID();
        private int rows;

        Cases(MigrationDatabase database) {
            this.database = database;
        }

        @BeforeEach
        void migrateToPreviousVersion() throws SQLException {
            database.migrateTo("32");
            database.insertTeam(teamId);
            database.insertTeam(otherTeamId);
        }

        @AfterEach
        void dropDatabase() throws SQLException {
            database.close();
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
            return database.migrateTo("latest");
        }

        /** Inserts a project before the migration, each one a minute after the last. */
        private UUID insertProject(UUID team, String name) throws SQLException {
            UUID id = UUID.randomUUID();
            try (Connection connection = database.connect();
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
            try (Connection connection = database.connect();
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
            try (Connection connection = database.connect();
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
            return (String) database.value("SELECT name FROM projects WHERE id = ?", id);
        }

        private byte[] projectKey(UUID id) throws SQLException {
            return (byte[]) database.value("SELECT name_key FROM projects WHERE id = ?", id);
        }

        private String vaultName(UUID id) throws SQLException {
            return (String) database.value("SELECT name FROM vaults WHERE id = ?", id);
        }

        private LocalDateTime nextTime() {
            rows++;
            return START.plusMinutes(rows);
        }
    }
}
