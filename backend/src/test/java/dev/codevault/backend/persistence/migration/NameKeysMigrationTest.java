package dev.codevault.backend.persistence.migration;

import static dev.codevault.backend.persistence.migration.MigrationDatabase.START;
import static dev.codevault.backend.persistence.migration.MigrationDatabase.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.persistence.NameKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The migration that keys names again by the rule that ignores invisible and look-alike characters, run by Flyway on a
 * database at version 33 whose keys follow the older rule, on MariaDB and on H2 in MySQL mode.
 */
class NameKeysMigrationTest {

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
        private int rows;

        Cases(MigrationDatabase database) {
            this.database = database;
        }

        @BeforeEach
        void migrateToPreviousVersion() throws SQLException {
            database.migrateTo("33");
            database.insertTeam(teamId);
        }

        @AfterEach
        void dropDatabase() throws SQLException {
            database.close();
        }

        @Test
        void numbersNamesThatLookTheSame() throws SQLException {
            UUID first = insertProject("Payments");
            UUID zeroWidth = insertProject("Payments\u200b");
            UUID fullWidth = insertProject("\uff30ayments");

            migrate();

            assertThat(projectName(first)).isEqualTo("Payments");
            assertThat(projectName(zeroWidth)).isEqualTo("Payments\u200b (2)");
            assertThat(projectName(fullWidth)).isEqualTo("\uff30ayments (3)");
        }

        @Test
        void storesKeyByNewRule() throws SQLException {
            UUID project = insertProject("Ledger\u200b");

            migrate();

            assertThat(projectName(project)).isEqualTo("Ledger\u200b");
            assertThat(projectKey(project)).isEqualTo(NameKeys.of("ledger"));
        }

        @Test
        void storesLongerNames() throws SQLException {
            UUID project = insertProject("Short");
            migrate();

            String accented = "e\u0301".repeat(200);
            try (Connection connection = database.connect();
                 PreparedStatement update = connection.prepareStatement("UPDATE projects SET name = ? WHERE id = ?")) {
                update.setString(1, accented);
                update.setBytes(2, bytes(project));
                update.executeUpdate();
            }

            assertThat(projectName(project)).isEqualTo(accented);
        }

        private void migrate() {
            database.migrateTo("latest");
        }

        /** Inserts a project at version 33 with the key that version 33 computed. */
        private UUID insertProject(String name) throws SQLException {
            UUID id = UUID.randomUUID();
            rows++;
            try (Connection connection = database.connect();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO projects (id, team_id, name, "
                         + "name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setBytes(1, bytes(id));
                insert.setBytes(2, bytes(teamId));
                insert.setString(3, name);
                insert.setBytes(4, oldKey(name));
                insert.setObject(5, START.plusMinutes(rows));
                insert.setObject(6, START);
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
    }

    /** Returns the key by the rule of version 33: NFC, stripped by {@link String#strip}, case folded. */
    private static byte[] oldKey(String name) {
        String normalised = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
