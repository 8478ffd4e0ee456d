package dev.codevault.backend.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.Application;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.TempFolders;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts the real server process with bad settings: it must stop at once with exit code 2 and one message that
 * names the setting to change.
 */
class StartupFailuresProcessTest {

    private static final long START_TIMEOUT_SECONDS = 90;

    @Test
    void namesDataFolderSettingWhenFolderCannotBeCreated() throws Exception {
        Path file = Files.createTempFile("codevault-not-a-folder", ".txt");

        Result result = start("--codevault.data-dir=" + file.resolve("data"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("CodeVault did not start: the data folder")
                .contains("CODEVAULT_DATA_DIR");
    }

    @Test
    void namesDatabaseSettingWhenDatabaseIsUnreachable() throws Exception {
        int closedPort = freePort();

        Result result = start("--codevault.data-dir=" + TempFolders.create("codevault-start"),
                "--datasources.default.url=jdbc:mysql://127.0.0.1:" + closedPort + "/codevault?password=hunter2",
                "--codevault.master-key=" + "A".repeat(43) + "=");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("cannot use the database at jdbc:mysql://127.0.0.1:" + closedPort)
                .contains("DATASOURCES_DEFAULT_URL");
    }

    @Test
    void hidesPasswordOfUnreachableDatabase() throws Exception {
        Result result = start("--codevault.data-dir=" + TempFolders.create("codevault-start"),
                "--datasources.default.url=jdbc:mysql://127.0.0.1:" + freePort() + "/codevault?password=hunter2",
                "--codevault.master-key=" + "A".repeat(43) + "=");

        assertThat(result.stderr() + result.stdout()).doesNotContain("hunter2");
    }

    @Test
    void namesPortSettingWhenPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Result result = start("--codevault.data-dir=" + TempFolders.create("codevault-start"),
                    "--micronaut.server.port=" + taken.getLocalPort());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.stderr()).contains("port " + taken.getLocalPort()).contains("MICRONAUT_SERVER_PORT");
        }
    }

    @Test
    void namesMasterKeySettingWhenMySqlRunsWithoutKey() throws Exception {
        try (MariaDbDatabase database = MariaDbDatabase.create()) {
            Result result = start("--codevault.data-dir=" + TempFolders.create("codevault-start"),
                    "--datasources.default.url=" + database.url(),
                    "--datasources.default.username=" + database.username(),
                    "--datasources.default.password=" + database.password(),
                    "--micronaut.server.port=" + freePort());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.stderr()).contains("no master key is configured").contains("CODEVAULT_MASTER_KEY");
        }
    }

    private static Result start(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Application.class.getName()));
        command.addAll(List.of(arguments));
        Path stdout = Files.createTempFile("codevault-stdout", ".txt");
        Path stderr = Files.createTempFile("codevault-stderr", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server neither started nor failed within " + START_TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}
