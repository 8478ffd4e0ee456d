package dev.codevault.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.InvalidServerUrlException;
import dev.codevault.desktop.server.ServerAddress;
import dev.codevault.desktop.server.ServerUrlPolicy;
import dev.codevault.desktop.server.StreamingHttp;
import dev.codevault.desktop.testing.MapCredentialStore;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The signed-in session's tokens reach only the server that issued them. Two fake servers on loopback stand for the
 * issuer and for another server that the user enters after signing in. Both respond to every call, so a token sent
 * to the wrong one would be accepted there.
 */
class TokenIssuerTest {

    private static final String REFRESH_PATH = "/auth/token/refresh";
    private static final String SIGN_OUT_PATH = "/auth/sign-out";

    private final FakeServer issuer = new FakeServer("issuer");
    private final FakeServer other = new FakeServer("other");
    private final Map<String, String> saved = new HashMap<>();
    private final List<String> endings = new ArrayList<>();
    private ApplicationContext context;
    private CurrentServer currentServer;
    private Session session;

    @BeforeEach
    void signInOnIssuer() throws Exception {
        issuer.start();
        other.start();
        context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .singletons(new StartupOptions(null, null))
                .start();
        currentServer = context.getBean(CurrentServer.class);
        currentServer.use(issuer.address());
        session = new Session(context.getBean(SessionTokens.class), () -> new MapCredentialStore(saved),
                context.getBean(AuthClient.class), currentServer);
        session.onEnd(endings::add);

        session.start(issuer.address(), FakeServer.tokens("issuer"));
    }

    @AfterEach
    void stopServers() {
        session.stop();
        context.close();
        issuer.stop();
        other.stop();
    }

    @Nested
    class IssuerCurrent {

        @Test
        void accountRequestCarriesAccessToken() {
            context.getBean(AccountClient.class).account();

            assertThat(issuer.authorizations()).containsExactly("Bearer access-issuer");
        }

        @Test
        void streamingRequestCarriesAccessToken() throws Exception {
            openStream();

            assertThat(issuer.authorizations()).containsExactly("Bearer access-issuer");
        }

        @Test
        void refreshSendsRefreshTokenToIssuer() {
            session.refresh();

            assertThat(issuer.bodiesAt(REFRESH_PATH)).singleElement().asString().contains("\"refresh-issuer\"");
            assertThat(session.active()).isTrue();
        }

        @Test
        void signOutSendsRefreshTokenToIssuer() {
            session.signOut();

            assertThat(issuer.bodiesAt(SIGN_OUT_PATH)).singleElement().asString().contains("\"refresh-issuer\"");
            assertThat(endings).containsExactly("You are signed out.");
        }
    }

    @Nested
    class OtherServerCurrent {

        @BeforeEach
        void enterOtherServer() {
            currentServer.use(other.address());
        }

        @Test
        void accountRequestCarriesNoToken() {
            context.getBean(AccountClient.class).account();

            assertThat(other.paths()).containsExactly("/account");
            assertThat(other.authorizations()).isEmpty();
        }

        @Test
        void streamingRequestCarriesNoToken() throws Exception {
            openStream();

            assertThat(other.paths()).containsExactly("/stream");
            assertThat(other.authorizations()).isEmpty();
        }

        @Test
        void refreshCallsNoServer() {
            session.refresh();

            assertThat(other.paths()).isEmpty();
            assertThat(issuer.paths()).isEmpty();
        }

        @Test
        void refreshEndsSession() {
            session.refresh();

            assertThat(session.active()).isFalse();
            assertThat(saved).isEmpty();
            assertThat(endings).containsExactly("The server address changed, so your session on "
                    + issuer.address() + " ended. Sign in again.");
        }

        @Test
        void signOutCallsNoServer() {
            session.signOut();

            assertThat(other.paths()).isEmpty();
            assertThat(issuer.paths()).isEmpty();
        }

        @Test
        void signOutEndsSession() {
            session.signOut();

            assertThat(session.active()).isFalse();
            assertThat(saved).isEmpty();
            assertThat(endings).containsExactly("You are signed out.");
        }

        @Test
        void issuerGetsTokenAgainOnReturn() {
            currentServer.use(issuer.address());

            context.getBean(AccountClient.class).account();

            assertThat(issuer.authorizations()).containsExactly("Bearer access-issuer");
        }
    }

    private void openStream() throws Exception {
        StreamingHttp http = context.getBean(StreamingHttp.class);
        try (InputStream body = http.open(http.request("/stream").GET().build()).body()) {
            body.readAllBytes();
        }
    }

    /** A request as the fake server received it. */
    private record Received(String path, String authorization, String body) {
    }

    /**
     * A CodeVault server on loopback that records every request and responds to the account, refresh, sign-out and
     * stream calls. The tokens it issues end in its name.
     */
    private static final class FakeServer {

        private final String name;
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private HttpServer server;

        FakeServer(String name) {
            this.name = name;
        }

        static TokenResponse tokens(String name) {
            return new TokenResponse("access-" + name, "Bearer", 900, "refresh-" + name, 86_400);
        }

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        void stop() {
            server.stop(0);
        }

        ServerAddress address() {
            try {
                return ServerUrlPolicy.check("http://127.0.0.1:" + server.getAddress().getPort());
            } catch (InvalidServerUrlException e) {
                throw new IllegalStateException("the policy rejected a loopback address", e);
            }
        }

        List<String> paths() {
            return received.stream().map(Received::path).toList();
        }

        /** Returns the Authorization headers of the requests that had one. */
        List<String> authorizations() {
            return received.stream().map(Received::authorization).filter(value -> value != null).toList();
        }

        List<String> bodiesAt(String path) {
            return received.stream().filter(request -> request.path().equals(path)).map(Received::body).toList();
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(path, exchange.getRequestHeaders().getFirst("Authorization"), body));
            switch (path) {
                case "/account" -> respond(exchange, "{\"id\":\"" + UUID.randomUUID() + "\",\"email\":\""
                        + name + "@example.com\"}");
                case REFRESH_PATH -> respond(exchange, "{\"accessToken\":\"access-" + name + "-2\","
                        + "\"tokenType\":\"Bearer\",\"expiresIn\":900,\"refreshToken\":\"refresh-" + name
                        + "-2\",\"refreshTokenExpiresIn\":86400}");
                case SIGN_OUT_PATH -> {
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                }
                default -> respond(exchange, "{}");
            }
        }

        private static void respond(HttpExchange exchange, String json) throws IOException {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
