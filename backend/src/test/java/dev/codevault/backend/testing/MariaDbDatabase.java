package dev.codevault.backend.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
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

    /**
     * Dumps this database with {@code mariadb-dump} (or {@code mysqldump} where only that is installed), as an
     * operator backs it up, and returns the dump's bytes.
     *
     * @param hexBlob whether binary columns are written in hex ({@code --hex-blob}) instead of as escaped bytes
     */
    public byte[] dump(boolean hexBlob) throws IOException, InterruptedException {
        URI server = URI.create(serverUrl.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(dumpProgram(), "--host=" + server.getHost(),
                "--port=" + (server.getPort() < 0 ? 3306 : server.getPort()), "--user=" + username(),
                "--single-transaction", "--skip-comments"));
        if (hexBlob) {
            command.add("--hex-blob");
        }
        command.add(name);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (!password().isEmpty()) {
            builder.environment().put("MYSQL_PWD", password());
        }
        Process process = builder.start();
        byte[] dump = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " of database " + name + " failed with exit code "
                    + process.exitValue() + ". Check that the MariaDB client tools are installed.");
        }
        return dump;
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

    private static String dumpProgram() {
        for (String program : List.of("mariadb-dump", "mysqldump")) {
            for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(folder, program))) {
                    return program;
                }
            }
        }
        throw new IllegalStateException("Neither mariadb-dump nor mysqldump is on the PATH. Install the MariaDB "
                + "client (Debian package mariadb-client).");
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
