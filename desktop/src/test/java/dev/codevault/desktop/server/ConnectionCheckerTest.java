package dev.codevault.desktop.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.testing.BackendProcess;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Checks real servers through the declarative client: the backend process, a closed port and a stranger. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionCheckerTest {

    private BackendProcess backend;
    private ApplicationContext context;
    private HttpServer stranger;

    @BeforeAll
    void startBackendAndContext() throws Exception {
        backend = BackendProcess.start();
        context = ApplicationContext.builder().singletons(new StartupOptions(null, null)).start();
    }

    @AfterAll
    void stopBackendAndContext() throws Exception {
        context.close();
        backend.close();
    }

    @AfterEach
    void stopStranger() {
        if (stranger != null) {
            stranger.stop(0);
        }
    }

    @Test
    void reportsConnectedBackend() {
        ConnectionStatus status = check(backend.url());
        boolean httpAllowed = context.getBean(ServerLimits.class).gitHttpAllowed();

        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.message()).startsWith("Connected to CodeVault ").contains(backend.url().toString());
        assertThat(context.getBean(ServerLimits.class).maxArchiveBytes()).hasValue(2L * 1024 * 1024 * 1024);
        assertThat(httpAllowed).isFalse();
    }

    @Test
    void learnsThatServerAllowsHttpGitRemotes() throws Exception {
        try (BackendProcess allowsHttp = BackendProcess.start(List.of("--codevault.git.allow-http=true"))) {
            ConnectionStatus status = check(allowsHttp.url());

            assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(context.getBean(ServerLimits.class).gitHttpAllowed()).isTrue();
        }
    }

    @Test
    void reportsUnreachableServer() throws IOException {
        URI closed = URI.create("http://127.0.0.1:" + BackendProcess.freePort());

        ConnectionStatus status = check(closed);

        assertThat(status.state()).isEqualTo(ConnectionState.UNREACHABLE);
        assertThat(status.message()).contains("Cannot reach the server at " + closed);
    }

    @Test
    void reportsServerThatIsNotCodeVault() throws IOException {
        URI url = startStranger(404, "<html>Not here</html>");

        ConnectionStatus status = check(url);

        assertThat(status.state()).isEqualTo(ConnectionState.INCOMPATIBLE);
        assertThat(status.message()).contains("answered HTTP 404");
    }

    @Test
    void reportsNewerApi() throws IOException {
        URI url = startStranger(200, "{\"product\":\"CodeVault\",\"version\":\"9.0.0\",\"apiVersion\":9}");

        ConnectionStatus status = check(url);

        assertThat(status.state()).isEqualTo(ConnectionState.INCOMPATIBLE);
        assertThat(status.message()).contains("API version 9").contains("Update this app");
    }

    @Test
    void reportsUnhealthyBackend() throws Exception {
        try (BackendProcess broken = BackendProcess.start()) {
            deleteRecursively(broken.dataDir().resolve("storage"));

            ConnectionStatus status = check(broken.url());

            assertThat(status.state()).isEqualTo(ConnectionState.UNHEALTHY);
            assertThat(status.message()).contains("The storage folder cannot be written");
        }
    }

    private ConnectionStatus check(URI url) {
        context.getBean(CurrentServer.class).use(new ServerAddress(url));
        return context.getBean(ConnectionChecker.class).check();
    }

    private URI startStranger(int status, String body) throws IOException {
        stranger = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stranger.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json" : "text/html");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        stranger.start();
        return URI.create("http://127.0.0.1:" + stranger.getAddress().getPort());
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
