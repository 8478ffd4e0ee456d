package dev.codevault.backend.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.ServerProcess;
import dev.codevault.backend.testing.TempFolders;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    void rejectsEmptyDataFolderSetting() throws Exception {
        Path workingFolder = Path.of("").toAbsolutePath();

        Result result;
        try (ServerProcess server = ServerProcess.start(List.of("-Dcodevault.data-dir="),
                "--micronaut.server.port=" + freePort())) {
            result = new Result(server.awaitExit(START_TIMEOUT_SECONDS), server.stdout(), server.stderr());
        }

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("CODEVAULT_DATA_DIR (codevault.data-dir) is empty");
        assertThat(workingFolder.resolve("master.key")).doesNotExist();
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

    @Test
    void rejectsWholeNumberSettingThatIsNotNumber() throws Exception {
        Result result = startWith(Map.of("CODEVAULT_ARCHIVE_MAX_ENTRIES", "abc"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("CodeVault did not start: CODEVAULT_ARCHIVE_MAX_ENTRIES "
                + "(codevault.archive.max-entries) is 'abc', but it must be a whole number of 1 or more.");
    }

    @Test
    void rejectsWholeNumberSettingBelowMinimum() throws Exception {
        Result result = startWith(Map.of("CODEVAULT_JOBS_THREADS", "0"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("CODEVAULT_JOBS_THREADS (codevault.jobs.threads) is '0', but it must "
                + "be a whole number of 1 or more.");
    }

    @Test
    void rejectsNegativeByteSize() throws Exception {
        Result result = startWith(Map.of("CODEVAULT_ARCHIVE_MAX_ARCHIVE_BYTES", "-5"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("CODEVAULT_ARCHIVE_MAX_ARCHIVE_BYTES (codevault.archive.max-archive-bytes)"
                + " is '-5', but it must be a size in bytes");
    }

    @Test
    void rejectsDurationSettingThatIsNotDuration() throws Exception {
        Result result = startWith(Map.of("CODEVAULT_GIT_IDLE_TIMEOUT", "forever"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("CODEVAULT_GIT_IDLE_TIMEOUT (codevault.git.idle-timeout) is 'forever', "
                + "but it must be a duration longer than zero, such as 30s, 10m, 2h or 30d.");
    }

    @Test
    void rejectsBooleanSettingThatIsNotBoolean() throws Exception {
        Result result = startWith(Map.of("CODEVAULT_GIT_ALLOW_HTTP", "maybe"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("CODEVAULT_GIT_ALLOW_HTTP (codevault.git.allow-http) is 'maybe', but it "
                + "must be true or false.");
    }

    @Test
    void rejectsPortThatIsNotNumber() throws Exception {
        Result result = start("--codevault.data-dir=" + TempFolders.create("codevault-start"),
                "--micronaut.server.port=abc");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr().strip()).isEqualTo("CodeVault did not start: MICRONAUT_SERVER_PORT "
                + "(micronaut.server.port) is 'abc', but it must be a whole number from -1 to 65535.");
    }

    @Test
    void rejectsPortOutOfRange() throws Exception {
        Result result;
        try (ServerProcess server = ServerProcess.start(Map.of("MICRONAUT_SERVER_PORT", "99999"),
                "--codevault.data-dir=" + TempFolders.create("codevault-start"))) {
            result = new Result(server.awaitExit(START_TIMEOUT_SECONDS), server.stdout(), server.stderr());
        }

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("MICRONAUT_SERVER_PORT (micronaut.server.port) is '99999', but it must "
                + "be a whole number from -1 to 65535.");
    }

    @Test
    void leavesDataFolderEmptyWhenPortIsTaken() throws Exception {
        Path dataFolder = TempFolders.create("codevault-start");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Result result = start("--codevault.data-dir=" + dataFolder,
                    "--micronaut.server.port=" + taken.getLocalPort());

            assertThat(result.exitCode()).isEqualTo(2);
        }

        assertThat(dataFolder).isEmptyDirectory();
    }

    @Test
    void leavesDataFolderEmptyWhenMasterKeyIsNotBase64() throws Exception {
        Path dataFolder = TempFolders.create("codevault-start");

        Result result = start("--codevault.data-dir=" + dataFolder, "--micronaut.server.port=" + freePort(),
                "--codevault.master-key=not*base64");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("CODEVAULT_MASTER_KEY (codevault.master-key) is not valid base64");
        assertThat(dataFolder).isEmptyDirectory();
    }

    @Test
    void leavesDataFolderEmptyWhenKeyFileIsInvalid() throws Exception {
        Path dataFolder = TempFolders.create("codevault-start");
        Path keyFile = Files.writeString(TempFolders.create("codevault-key").resolve("master.key"), "not*base64\n");

        Result result = start("--codevault.data-dir=" + dataFolder, "--micronaut.server.port=" + freePort(),
                "--codevault.master-key-file=" + keyFile);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("CODEVAULT_MASTER_KEY_FILE (codevault.master-key-file) is not valid "
                + "base64");
        assertThat(dataFolder).isEmptyDirectory();
    }

    @Test
    void createsNoFilesWithoutMailSender() throws Exception {
        Path dataFolder = TempFolders.create("codevault-start");

        Result result = start("--codevault.data-dir=" + dataFolder, "--micronaut.server.port=" + freePort(),
                "--codevault.mail.smtp.host=127.0.0.1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("CODEVAULT_MAIL_FROM (codevault.mail.from) is not set, but an SMTP "
                + "server is.");
        assertThat(dataFolder).isEmptyDirectory();
    }

    @Test
    void namesHostSettingThatDoesNotResolve() throws Exception {
        Result result = start("--codevault.data-dir=" + TempFolders.create("codevault-start"),
                "--micronaut.server.port=" + freePort(), "--micronaut.server.host=no-such-host.invalid");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("MICRONAUT_SERVER_HOST (micronaut.server.host) is "
                + "'no-such-host.invalid', which does not resolve to an address.");
    }

    private static Result startWith(Map<String, String> environment) throws IOException, InterruptedException {
        try (ServerProcess server = ServerProcess.start(environment,
                "--codevault.data-dir=" + TempFolders.create("codevault-start"),
                "--micronaut.server.port=" + freePort())) {
            int exitCode = server.awaitExit(START_TIMEOUT_SECONDS);
            return new Result(exitCode, server.stdout(), server.stderr());
        }
    }

    private static Result start(String... arguments) throws IOException, InterruptedException {
        try (ServerProcess server = ServerProcess.start(arguments)) {
            int exitCode = server.awaitExit(START_TIMEOUT_SECONDS);
            return new Result(exitCode, server.stdout(), server.stderr());
        }
    }

    private static int freePort() throws IOException {
        return ServerProcess.freePort();
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}
