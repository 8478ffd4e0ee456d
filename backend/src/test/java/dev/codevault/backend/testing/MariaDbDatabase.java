package dev.codevault.backend.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A fresh database on the test MariaDB server, dropped on close, so test classes and parallel builds never see
 * each other's rows. The server comes from {@code CODEVAULT_TEST_DB_URL} (default
 * {@code jdbc:mysql://127.0.0.1:3306/test}), {@code CODEVAULT_TEST_DB_USER} (default {@code root}) and
 * {@code CODEVAULT_TEST_DB_PASSWORD} (default empty); each database is named after the configured one plus a
 * random suffix.
 */
public final class MariaDbDatabase implements AutoCloseable {

    private static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/test";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String serverUrl;
    private final String name;

    private MariaDbDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** Creates a new, empty database on the test server. */
    public static MariaDbDatabase create() {
        String configured = env("CODEVAULT_TEST_DB_URL", DEFAULT_URL);
        int slash = configured.indexOf('/', "jdbc:mysql://".length());
        if (slash < 0) {
            throw new IllegalArgumentException("CODEVAULT_TEST_DB_URL '" + configured
                    + "' names no database; use the form jdbc:mysql://host:port/database");
        }
        String serverUrl = configured.substring(0, slash + 1);
        String base = configured.substring(slash + 1).replaceAll("\\?.*$", "");
        String name = base + "_" + HexFormat.of().formatHex(randomBytes(6));
        MariaDbDatabase database = new MariaDbDatabase(serverUrl, name);
        database.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        return database;
    }

    /** Returns the JDBC URL of this database. */
    public String url() {
        return serverUrl + name;
    }

    /** Returns the user name the tests connect with. */
    public String username() {
        return env("CODEVAULT_TEST_DB_USER", "root");
    }

    /** Returns the password the tests connect with. */
    public String password() {
        return env("CODEVAULT_TEST_DB_PASSWORD", "");
    }

    /**
     * Returns the server settings that point the default data source at this database, with a master key and a free
     * port, so a test server never collides with a server on 8080 or with a build in another worktree.
     */
    public Map<String, String> serverProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", url());
        properties.put("datasources.default.username", username());
        properties.put("datasources.default.password", password());
        properties.put("codevault.master-key", Base64.getEncoder().encodeToString(randomBytes(32)));
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    /** Opens a connection to this database. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), username(), password());
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, username(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed on the test MariaDB at " + serverUrl
                    + ". Start MariaDB on 127.0.0.1:3306 (see .ci/run) or set CODEVAULT_TEST_DB_URL.", e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
