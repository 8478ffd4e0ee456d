package dev.codevault.backend.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * An empty database for the tests of the Java migrations, which Flyway migrates to the version a test starts from.
 * It is a database on the test MariaDB server, or an H2 database in memory in MySQL mode as the embedded default
 * runs it.
 */
final class MigrationDatabase implements AutoCloseable {

    /** The creation time of the teams. Tests create their other rows minutes after it. */
    static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 12, 0);

    private static final String[] LOCATIONS = {"classpath:db/migration",
            "classpath:dev/codevault/backend/persistence/migration"};

    private final String url;
    private final String username;
    private final String password;
    private final Dropper dropper;

    private MigrationDatabase(String url, String username, String password, Dropper dropper) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.dropper = dropper;
    }

    /** Creates a database on the test MariaDB server. */
    static MigrationDatabase onMariaDb() {
        MariaDbDatabase database = MariaDbDatabase.create();
        return new MigrationDatabase(database.url(), database.username(), database.password(), database::close);
    }

    /** Creates an H2 database in memory with the embedded default's settings, kept open until {@link #close}. */
    static MigrationDatabase onH2() {
        String url = "jdbc:h2:mem:migration-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        return new MigrationDatabase(url, "sa", "", () -> {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                 Statement shutdown = connection.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
        });
    }

    /** Runs the migrations up to and including a version, or every migration for {@code "latest"}. */
    MigrateResult migrateTo(String target) {
        return Flyway.configure().dataSource(url, username, password).locations(LOCATIONS).target(target).load()
                .migrate();
    }

    /** Opens a connection to this database. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /** Inserts a team that is not personal, created at {@link #START}. */
    void insertTeam(UUID id) throws SQLException {
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

    /** Returns the first column of the one row that a query with the id as its only parameter returns. */
    Object value(String sql, UUID id) throws SQLException {
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
        return values.get(0);
    }

    /** Drops the database. */
    @Override
    public void close() throws SQLException {
        dropper.drop();
    }

    /** Returns the 16 bytes of an id as the {@code BINARY(16)} columns store it. */
    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    /** The way to drop one kind of database. */
    @FunctionalInterface
    private interface Dropper {

        void drop() throws SQLException;
    }
}
