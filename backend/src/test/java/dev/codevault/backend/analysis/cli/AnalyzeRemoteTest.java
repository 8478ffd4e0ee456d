package dev.codevault.backend.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.analysis.lang.LanguageEngines;
import dev.codevault.backend.testing.GitHttpServer;
import dev.codevault.backend.testing.SelfSignedCertificate;
import dev.codevault.backend.testing.ServedRepository;
import dev.codevault.backend.testing.ServerProcess;
import dev.codevault.backend.testing.StaticHttpsServer;
import dev.codevault.backend.testing.TempFolders;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code codevault analyze URL} against a git server over https on loopback, with a self-signed certificate the
 * command trusts through {@code --trusted-certificates} and the loopback allowance of
 * {@code --allow-private-networks}. Every run must leave its temporary folder empty, whatever the outcome.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzeRemoteTest {

    private static final String USER = "cli-reader";
    private static final String TOKEN = "glpat-" + UUID.randomUUID();

    private final Path folder = TempFolders.create("codevault-analyze-remote");
    private GitHttpServer gitServer;
    private SelfSignedCertificate certificate;
    private Path trustedPem;
    private String featureCommit;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    void startServer() throws Exception {
        Path served = Files.createDirectories(folder.resolve("served"));
        certificate = SelfSignedCertificate.create(folder);
        trustedPem = certificate.writePem(folder.resolve("trusted.pem"));
        gitServer = GitHttpServer.startHttps(served, USER, TOKEN, certificate.serverContext());
        try (ServedRepository repository = ServedRepository.create(served.resolve("app.git"))) {
            repository.commit("main", Map.of("src/App.java", "class App {\n  int x;\n}\n"), "Main");
            featureCommit = repository.commit("feature", Map.of("tool.py", "print('feature')\n"), "Feature");
        }
    }

    @BeforeEach
    void clearOutput() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @AfterAll
    void stopServer() {
        gitServer.close();
    }

    @Nested
    class Success {

        @Test
        void analysesDefaultBranch() throws IOException {
            Path temp = newTempRoot();

            int exitCode = run(temp, login(), gitServer.url("app.git"), "--allow-private-networks",
                    "--trusted-certificates", trustedPem.toString());

            assertThat(exitCode).as(err.toString()).isZero();
            assertThat(out.toString()).contains(gitServer.url("app.git"));
            assertThat(out.toString()).containsPattern("Java\\s+1\\s+3");
            assertThat(out.toString()).doesNotContain("Python");
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void analysesBranchGivenByRev() throws IOException {
            Path temp = newTempRoot();

            int exitCode = run(temp, login(), gitServer.url("app.git"), "--rev", "feature",
                    "--allow-private-networks", "--trusted-certificates", trustedPem.toString());

            assertThat(exitCode).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Python");
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void analysesCommitGivenByRev() throws IOException {
            Path temp = newTempRoot();

            int exitCode = run(temp, login(), gitServer.url("app.git"), "--rev", featureCommit, "--json",
                    "--allow-private-networks", "--trusted-certificates", trustedPem.toString());

            assertThat(exitCode).as(err.toString()).isZero();
            assertThat(out.toString()).contains("\"Python\"");
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void readsSettingsFromEnvironment() throws IOException {
            Path temp = newTempRoot();
            Map<String, String> environment = Map.of(AnalyzeCommand.USERNAME_VARIABLE, USER,
                    AnalyzeCommand.TOKEN_VARIABLE, TOKEN, AnalyzeCommand.ALLOW_PRIVATE_VARIABLE, "true",
                    AnalyzeCommand.TRUSTED_CERTIFICATES_VARIABLE, trustedPem.toString());

            int exitCode = run(temp, environment, gitServer.url("app.git"));

            assertThat(exitCode).as(err.toString()).isZero();
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void mainProcessAnalysesAndDeletesClone() throws Exception {
            Path temp = newTempRoot();

            ServerProcess analyze = ServerProcess.startMain(AnalyzeCommand.class, login(),
                    List.of("-Djava.io.tmpdir=" + temp), gitServer.url("app.git"), "--allow-private-networks",
                    "--trusted-certificates", trustedPem.toString());

            assertThat(analyze.awaitExit(120)).as(analyze.stderr()).isZero();
            assertThat(analyze.stdout()).containsPattern("Java\\s+1\\s+3");
            assertThat(entriesOf(temp)).isEmpty();
        }
    }

    @Nested
    class Failure {

        @Test
        void rejectsUnreachableHost() throws IOException {
            Path temp = newTempRoot();
            String url = "https://127.0.0.1:" + ServerProcess.freePort() + "/app.git";

            int exitCode = run(temp, login(), url, "--allow-private-networks", "--trusted-certificates",
                    trustedPem.toString());

            assertThat(exitCode).isEqualTo(AnalyzeCommand.EXIT_BAD_INPUT);
            assertThat(err.toString()).contains("The git server 127.0.0.1 cannot be reached");
            assertThat(err.toString()).contains("Check the address and try again");
            assertThat(err.toString()).doesNotContain("tries again later");
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void rejectsMissingRepository() throws IOException {
            Path temp = newTempRoot();

            int exitCode = run(temp, login(), gitServer.url("missing.git"), "--allow-private-networks",
                    "--trusted-certificates", trustedPem.toString());

            assertThat(exitCode).isEqualTo(AnalyzeCommand.EXIT_BAD_INPUT);
            assertThat(err.toString()).contains("missing.git was not found");
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void rejectsWrongRevision() throws IOException {
            Path temp = newTempRoot();

            int exitCode = run(temp, login(), gitServer.url("app.git"), "--rev", "no-such-branch",
                    "--allow-private-networks", "--trusted-certificates", trustedPem.toString());

            assertThat(exitCode).isEqualTo(AnalyzeCommand.EXIT_BAD_INPUT);
            assertThat(err.toString()).contains(gitServer.url("app.git")).contains("no-such-branch");
            assertThat(err.toString()).doesNotContain(temp.toString());
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void rejectsWrongTokenWithoutShowingIt() throws IOException {
            Path temp = newTempRoot();
            Map<String, String> environment = Map.of(AnalyzeCommand.USERNAME_VARIABLE, USER,
                    AnalyzeCommand.TOKEN_VARIABLE, "wrong-" + TOKEN);

            int exitCode = run(temp, environment, gitServer.url("app.git"), "--allow-private-networks",
                    "--trusted-certificates", trustedPem.toString());

            assertThat(exitCode).isEqualTo(AnalyzeCommand.EXIT_BAD_INPUT);
            assertThat(err.toString()).contains("rejected the credentials");
            assertThat(err.toString() + out).doesNotContain(TOKEN);
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void asksForLoginOfPrivateRepository() throws IOException {
            Path temp = newTempRoot();

            int exitCode = run(temp, Map.of(), gitServer.url("app.git"), "--allow-private-networks",
                    "--trusted-certificates", trustedPem.toString());

            assertThat(exitCode).isEqualTo(AnalyzeCommand.EXIT_BAD_INPUT);
            assertThat(err.toString()).contains("needs a user name and token");
            assertThat(err.toString()).contains("CODEVAULT_GIT_USERNAME and CODEVAULT_GIT_TOKEN");
            assertThat(err.toString()).doesNotContain("Update code");
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void namesMissingCertificatesFileAndOption() throws IOException {
            Path temp = newTempRoot();
            Path missing = folder.resolve("missing.pem");

            int exitCode = run(temp, login(), gitServer.url("app.git"), "--allow-private-networks",
                    "--trusted-certificates", missing.toString());

            assertThat(exitCode).isEqualTo(AnalyzeCommand.EXIT_BAD_INPUT);
            assertThat(err.toString()).contains(missing + " given by --trusted-certificates is missing or not "
                    + "readable");
            assertThat(err.toString()).doesNotContain("codevault.git.trusted-certificates");
        }

        @Test
        void rejectsLoopbackWithoutAllowance() throws IOException {
            Path temp = newTempRoot();

            int exitCode = run(temp, login(), gitServer.url("app.git"), "--trusted-certificates",
                    trustedPem.toString());

            assertThat(exitCode).isEqualTo(AnalyzeCommand.EXIT_BAD_INPUT);
            assertThat(err.toString()).contains("a loopback, link-local or private address");
            assertThat(err.toString()).contains("--allow-private-networks");
            assertThat(err.toString()).doesNotContain("administrator");
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void rejectsPlainHttp() throws IOException {
            Path temp = newTempRoot();

            int exitCode = run(temp, login(), gitServer.url("app.git").replace("https:", "http:"),
                    "--allow-private-networks");

            assertThat(exitCode).isEqualTo(AnalyzeCommand.EXIT_BAD_INPUT);
            assertThat(err.toString()).contains("Plain http URLs");
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void rejectsUntrustedCertificate() throws IOException {
            Path temp = newTempRoot();

            int exitCode = run(temp, login(), gitServer.url("app.git"), "--allow-private-networks");

            assertThat(exitCode).isEqualTo(AnalyzeCommand.EXIT_BAD_INPUT);
            assertThat(err.toString()).contains("The TLS connection to 127.0.0.1 failed");
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void rejectsServerWithoutSmartHttp() throws Exception {
            Path temp = newTempRoot();
            Path files = Files.createDirectories(folder.resolve("static"));
            try (ServedRepository repository = ServedRepository.create(files.resolve("app.git"))) {
                repository.commit("main", Map.of("App.java", "class App {}\n"), "Main");
            }
            updateServerInfo(files.resolve("app.git"));

            int exitCode;
            try (StaticHttpsServer server = StaticHttpsServer.start(files, certificate.serverContext())) {
                exitCode = run(temp, login(), server.url("app.git"), "--allow-private-networks",
                        "--trusted-certificates", trustedPem.toString());
            }

            assertThat(exitCode).isEqualTo(AnalyzeCommand.EXIT_BAD_INPUT);
            assertThat(err.toString()).contains("does not speak git's smart HTTP protocol");
            assertThat(err.toString()).doesNotContain("NullPointerException");
            assertThat(entriesOf(temp)).isEmpty();
        }

        @Test
        void rejectsSshUrl() throws IOException {
            Path temp = newTempRoot();

            int exitCode = run(temp, login(), "git@github.com:example/app.git");

            assertThat(exitCode).isEqualTo(AnalyzeCommand.EXIT_BAD_INPUT);
            assertThat(err.toString()).contains("SSH URLs such as");
        }
    }

    private int run(Path temp, Map<String, String> environment, String... args) {
        return AnalyzeCommand.run(args, LanguageEngines::standard, new PrintWriter(out), new PrintWriter(err),
                environment, temp);
    }

    /** Writes the info/refs and objects/info/packs files that git's dumb HTTP protocol reads. */
    private static void updateServerInfo(Path repository) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("git", "update-server-info").directory(repository.toFile())
                .redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(process.waitFor()).isZero();
    }

    private static Map<String, String> login() {
        return Map.of(AnalyzeCommand.USERNAME_VARIABLE, USER, AnalyzeCommand.TOKEN_VARIABLE, TOKEN);
    }

    private Path newTempRoot() throws IOException {
        return Files.createTempDirectory(folder, "temp-");
    }

    private static List<Path> entriesOf(Path temp) throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return new ArrayList<>(entries.toList());
        }
    }
}
