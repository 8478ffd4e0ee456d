package dev.codevault.backend.vault;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.codevault.backend.account.User;
import dev.codevault.backend.config.DataFolders;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.Archives;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.error.Problem;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Hostile uploads through HTTP: each is rejected at once with its own problem type and a message naming the
 * problem, and leaves no upload row, no incoming file and no repository behind.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileUploadTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    DataFolders folders;

    @Inject
    VaultRepository vaults;

    @Inject
    EmbeddedServer server;

    private Api api;
    private String token;
    private UUID projectId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = PipelineSettings.on(database);
        properties.put("codevault.archive.max-archive-bytes", "2000000");
        properties.put("codevault.archive.max-entries", "50");
        properties.put("codevault.archive.max-total-bytes", "3000000");
        properties.put("codevault.archive.max-file-bytes", "1500000");
        properties.put("codevault.archive.max-expansion-ratio", "20");
        return properties;
    }

    @BeforeAll
    void signIn() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Hostile");
        accounts.addMember(team, user, TeamRole.ADMIN);
        token = accounts.accessToken(user);
        api = new Api(http.toBlocking(), token);
        projectId = api.post("/teams/" + team.id() + "/projects", new NameRequest("Attacks"), ProjectView.class)
                .body().id();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    static Stream<Arguments> hostileArchives() throws IOException {
        return Stream.of(
                Arguments.of("zip slip", zip(Map.of("../evil.txt", "x", "ok.txt", "y")), "archive-unsafe-path"),
                Arguments.of("absolute path", zip(Map.of("/etc/cron.d/evil", "x")), "archive-unsafe-path"),
                Arguments.of("drive letter", zip(Map.of("C:\\evil.txt", "x")), "archive-unsafe-path"),
                Arguments.of("symbolic link", tar(TarConstants.LF_SYMLINK, "link", "/etc/passwd"), "archive-link"),
                Arguments.of("hard link", tar(TarConstants.LF_LINK, "link", "ok.txt"), "archive-link"),
                Arguments.of("device file", tar(TarConstants.LF_CHR, "dev/null", ""), "archive-special-file"),
                Arguments.of("fifo", tar(TarConstants.LF_FIFO, "pipe", ""), "archive-special-file"),
                Arguments.of("duplicate entry", duplicateTar(), "archive-duplicate-entry"),
                Arguments.of("too many entries", manyFiles(60), "archive-too-many-entries"),
                Arguments.of("zip bomb", zipOfZeros(1_400_000), "archive-expansion-too-large"),
                Arguments.of("file over limit", storedZip(1_600_000), "archive-too-large"),
                Arguments.of("total over limit", storedZips(4, 900_000), "archive-too-large"),
                Arguments.of("archive over limit", new byte[2_100_000], "archive-too-large"),
                Arguments.of("corrupt zip", corruptZip(), "archive-corrupt"),
                Arguments.of("truncated tar.gz", truncated(Archives.tarGz(tar -> Archives.addFile(tar, "a.txt",
                        "x".repeat(50_000) + new Random(1).nextLong()))), "archive-corrupt"),
                Arguments.of("plain text", "just some text".getBytes(StandardCharsets.UTF_8),
                        "archive-unsupported-format"),
                Arguments.of("empty body", new byte[0], "archive-empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileArchives")
    void rejectsHostileArchive(String name, byte[] archive, String problemType) throws Exception {
        UUID vaultId = api.post("/projects/" + projectId + "/vaults",
                new CreateVaultRequest(name, CodeSourceKind.ARCHIVE), VaultView.class).body().id();

        HttpClientResponseException failure = api.failure(HttpRequest.POST("/vaults/" + vaultId
                + "/archives?name=upload.bin", archive).contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE));

        Problem problem = Api.problemOf(failure);
        assertThat(problem.type()).isEqualTo(Problem.TYPE_PREFIX + problemType);
        assertThat(problem.detail()).isNotBlank();
        assertThat(failure.code()).isBetween(400, 499);
        assertThat(uploadRows()).isZero();
        assertThat(incomingFiles()).isEmpty();
        assertThat(folders.storageDir().resolve("repositories")
                .resolve(vaults.findById(vaultId).orElseThrow().repositoryName())).doesNotExist();
        assertThat(api.get("/vaults/" + vaultId, VaultView.class).state().status()).isEqualTo(VaultStatus.EMPTY);
    }

    @Test
    void rejectsOversizedUploadWithoutLength() throws Exception {
        UUID vaultId = api.post("/projects/" + projectId + "/vaults",
                new CreateVaultRequest("chunked", CodeSourceKind.ARCHIVE), VaultView.class).body().id();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/vaults/" + vaultId + "/archives?name=big.zip"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[2_500_000])))
                .build();

        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains(Problem.TYPE_PREFIX + "archive-too-large");
        assertThat(incomingFiles()).isEmpty();
    }

    @Test
    void treatsClosedConnectionAsClientError() throws Exception {
        UUID vaultId = api.post("/projects/" + projectId + "/vaults",
                new CreateVaultRequest("cancelled", CodeSourceKind.ARCHIVE), VaultView.class).body().id();
        Logger logger = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /vaults/" + vaultId + "/archives?name=app.zip HTTP/1.1\r\n"
                    + "Host: " + server.getHost() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: application/octet-stream\r\n"
                    + "Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[100_000]);
            out.flush();
            Thread.sleep(500);
        }

        Instant deadline = Instant.now().plusSeconds(10);
        while (incomingFiles().length > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        logger.detachAppender(appender);

        assertThat(incomingFiles()).isEmpty();
        assertThat(uploadRows()).isZero();
        assertThat(api.get("/vaults/" + vaultId, VaultView.class).state().status()).isEqualTo(VaultStatus.EMPTY);
        assertThat(appender.list).noneMatch(event -> event.getLevel() == Level.ERROR);
    }

    private long uploadRows() throws Exception {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM archive_uploads")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String[] incomingFiles() throws IOException {
        Path incoming = folders.storageDir().resolve("incoming");
        if (!Files.isDirectory(incoming)) {
            return new String[0];
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.map(path -> path.getFileName().toString()).toArray(String[]::new);
        }
    }

    private String baseUrl() {
        return server.getURL().toString();
    }

    private static byte[] zip(Map<String, String> files) {
        return Archives.zip(new LinkedHashMap<>(files));
    }

    private static byte[] tar(byte type, String name, String linkTarget) {
        return Archives.tarGz(tar -> {
            Archives.addFile(tar, "ok.txt", "fine\n");
            TarArchiveEntry entry = new TarArchiveEntry(name, type);
            if (!linkTarget.isEmpty()) {
                entry.setLinkName(linkTarget);
            }
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        });
    }

    private static byte[] duplicateTar() {
        return Archives.tarGz(tar -> {
            Archives.addFile(tar, "src/App.java", "class App {}\n");
            Archives.addFile(tar, "src/App.java", "class Evil {}\n");
        });
    }

    private static byte[] manyFiles(int count) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            files.put("file" + i + ".txt", "content " + i);
        }
        return zip(files);
    }

    private static byte[] zipOfZeros(int bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            zip.write(new byte[bytes]);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] storedZip(int bytes) throws IOException {
        return storedZips(1, bytes);
    }

    /** Writes incompressible files, so only the size limits, not the expansion ratio, can reject them. */
    private static byte[] storedZips(int files, int bytesEach) throws IOException {
        Random random = new Random(7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < files; i++) {
                byte[] content = new byte[bytesEach];
                random.nextBytes(content);
                zip.putNextEntry(new ZipEntry("random" + i + ".bin"));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] corruptZip() {
        byte[] valid = zip(Map.of("a.txt", "hello world, hello world, hello world"));
        byte[] corrupt = Arrays.copyOf(valid, valid.length);
        for (int i = 30; i < corrupt.length - 30; i++) {
            corrupt[i] ^= 0x5A;
        }
        return corrupt;
    }

    private static byte[] truncated(byte[] archive) {
        return Arrays.copyOf(archive, archive.length / 2);
    }
}
