package dev.codevault.backend.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.persistence.NameKeys;
import dev.codevault.backend.testing.MariaDbDatabase;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The migration that keys names again by the rule that ignores invisible and look-alike characters, run by Flyway on a
 * database at version 33 whose keys follow the older rule, on MariaDB and on H2 in MySQL mode.
 */
class NameKeysMigrationTest {

    private static final String[] LOCATIONS = {"classpath:db/migration",
            "classpath:dev/codevault/backend/persistence/migration"};
    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 12, 0);

    @Nested
    class OnMariaDb extends Cases {

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

        private final String url = "jdbc:h2:mem:name-keys-" + UUID.randomUUID()
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
        private int rows;

        abstract Connection connect() throws SQLException;

        abstract Flyway flyway(String target);

        @BeforeEach
        void migrateToPreviousVersion() throws SQLException {
            flyway("33").migrate();
            try (Connection connection = connect();
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO teams (id, name, personal, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setBytes(1, bytes(teamId));
                insert.setString(2, "Team " + teamId);
                insert.setBoolean(3, false);
                insert.setObject(4, START);
                insert.executeUpdate();
            }
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
            try (Connection connection = connect();
                 PreparedStatement update = connection.prepareStatement("UPDATE projects SET name = ? WHERE id = ?")) {
                update.setString(1, accented);
                update.setBytes(2, bytes(project));
                update.executeUpdate();
            }

            assertThat(projectName(project)).isEqualTo(accented);
        }

        private void migrate() {
            flyway("latest").migrate();
        }

        /** Inserts a project at version 33 with the key that version 33 computed. */
        private UUID insertProject(String name) throws SQLException {
            UUID id = UUID.randomUUID();
            rows++;
            try (Connection connection = connect();
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
            return (String) value("SELECT name FROM projects WHERE id = ?", id);
        }

        private byte[] projectKey(UUID id) throws SQLException {
            return (byte[]) value("SELECT name_key FROM projects WHERE id = ?", id);
        }

        private Object value(String sql, UUID id) throws SQLException {
            try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(sql)) {
                select.setBytes(1, bytes(id));
                try (ResultSet result = select.executeQuery()) {
                    assertThat(result.next()).as("row %s", id).isTrue();
                    return result.getObject(1);
                }
            }
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

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
