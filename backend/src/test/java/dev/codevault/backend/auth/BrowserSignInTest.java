package dev.codevault.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.auth.token.Pkce;
import dev.codevault.backend.auth.token.Sessions;
import dev.codevault.backend.testing.AuthClient;
import dev.codevault.backend.testing.Failures;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.MutableClock;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.auth.AccountInfo;
import dev.codevault.common.auth.AuthorizationGrant;
import dev.codevault.common.auth.AuthorizationRequest;
import dev.codevault.common.auth.CodeExchangeRequest;
import dev.codevault.common.auth.SignInMethod;
import dev.codevault.common.auth.TokenResponse;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server side of the browser sign-in for native apps (RFC 8252 with PKCE): the page's checks of the app's
 * parameters, the one-time code and its exchange. The browser itself runs in the desktop module's end-to-end test.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserSignInTest implements TestPropertyProvider {

    private static final ClientInfo CLIENT = new ClientInfo("127.0.0.1", "test");
    private static final String VERIFIER = "verifier-verifier-verifier-verifier-verifier-1234";
    private static final String REDIRECT_URI = "http://127.0.0.1:53682/callback";

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final int port = freePort();

    @Inject
    AuthClient auth;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.put("codevault.data-dir", TempFolders.create("codevault-browser").toString());
        properties.put("codevault.test.mutable-clock", "true");
        properties.put("micronaut.server.port", Integer.toString(port));
        properties.put("codevault.public-url", "http://localhost:" + port);
        return properties;
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Nested
    class Page {

        @Test
        void servesPageForLoopbackApp() {
            HttpResponse<String> response = page(pageUri(REDIRECT_URI, "S256"));

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body()).contains("data-redirect-uri=\"" + REDIRECT_URI + "\"");
            assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://evil.example:53682/callback", "https://127.0.0.1:53682/callback",
                "http://localhost:53682/callback", "http://127.0.0.1/callback", "http://127.0.0.1:53682/cb?x=1",
                "http://127.0.0.1.evil.example:53682/callback", "http://user@127.0.0.1:53682/callback"})
        void rejectsRedirectThatIsNotLoopback(String redirectUri) {
            HttpClientResponseException failure = Failures.of(() -> page(pageUri(redirectUri, "S256")));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(failure.getResponse().header(HttpHeaders.LOCATION)).isNull();
            assertThat(failure.getResponse().getBody(String.class)).hasValueSatisfying(
                    body -> assertThat(body).contains("is not accepted"));
        }

        @Test
        void rejectsPlainPkceMethod() {
            HttpClientResponseException failure = Failures.of(() -> page(pageUri(REDIRECT_URI, "plain")));

            assertThat(failure.code()).isEqualTo(400);
        }

        @Test
        void escapesParametersInPage() {
            URI uri = UriBuilder.of("/sign-in").queryParam("redirect_uri", REDIRECT_URI)
                    .queryParam("state", "\"><script>alert(1)</script>")
                    .queryParam("code_challenge", Pkce.challengeOf(VERIFIER))
                    .queryParam("code_challenge_method", "S256").build();

            HttpResponse<String> response = page(uri);

            assertThat(response.body()).doesNotContain("<script>alert(1)</script>")
                    .contains("&quot;&gt;&lt;script&gt;");
        }

        @Test
        void redirectsOtherAddressToPublicUrl() throws Exception {
            java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
            URI viaIp = URI.create("http://127.0.0.1:" + port + pageUri(REDIRECT_URI, "S256"));

            java.net.http.HttpResponse<Void> response = plain.send(java.net.http.HttpRequest.newBuilder(viaIp).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(
                    location -> assertThat(location).startsWith("http://localhost:" + port + "/sign-in?"));
        }
    }

    @Nested
    class Code {

        @Test
        void exchangesCodeWithVerifier() {
            User user = accounts.createUser();
            String code = codeFor(user, REDIRECT_URI);

            TokenResponse tokens = auth.exchangeCode(new CodeExchangeRequest(code, VERIFIER, REDIRECT_URI));

            assertThat(accountOf(tokens).id()).isEqualTo(user.id());
        }

        @Test
        void sendsStateBackUnchanged() {
            AuthorizationGrant grant = grant(accounts.createUser(), REDIRECT_URI);

            assertThat(grant.redirectTo()).startsWith(REDIRECT_URI + "?code=").endsWith("&state=app-state-1");
        }

        @Test
        void rejectsWrongVerifier() {
            String code = codeFor(accounts.createUser(), REDIRECT_URI);

            HttpClientResponseException failure = Failures.of(() -> auth.exchangeCode(
                    new CodeExchangeRequest(code, VERIFIER.replace('1', '2'), REDIRECT_URI)));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("code verifier does not match");
        }

        @Test
        void voidsCodeAfterWrongVerifier() {
            String code = codeFor(accounts.createUser(), REDIRECT_URI);
            Failures.of(() -> auth.exchangeCode(new CodeExchangeRequest(code, VERIFIER.replace('1', '2'),
                    REDIRECT_URI)));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.exchangeCode(new CodeExchangeRequest(code, VERIFIER, REDIRECT_URI)));

            assertThat(failure.code()).isEqualTo(401);
        }

        @Test
        void rejectsReusedCode() {
            String code = codeFor(accounts.createUser(), REDIRECT_URI);
            auth.exchangeCode(new CodeExchangeRequest(code, VERIFIER, REDIRECT_URI));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.exchangeCode(new CodeExchangeRequest(code, VERIFIER, REDIRECT_URI)));

            assertThat(failure.code()).isEqualTo(401);
        }

        @Test
        void rejectsOtherRedirectUri() {
            String code = codeFor(accounts.createUser(), REDIRECT_URI);

            HttpClientResponseException failure = Failures.of(() -> auth.exchangeCode(
                    new CodeExchangeRequest(code, VERIFIER, "http://127.0.0.1:1234/callback")));

            assertThat(failure.code()).isEqualTo(401);
        }

        @Test
        void rejectsExpiredCode() {
            String code = codeFor(accounts.createUser(), REDIRECT_URI);
            clock.advance(Duration.ofMinutes(2));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.exchangeCode(new CodeExchangeRequest(code, VERIFIER, REDIRECT_URI)));

            assertThat(failure.code()).isEqualTo(401);
        }

        @Test
        void refusesCodeForRedirectThatIsNotLoopback() {
            String token = tokenOf(accounts.createUser());

            HttpClientResponseException failure = Failures.of(() -> http.toBlocking().exchange(
                    HttpRequest.POST("/auth/authorize", new AuthorizationRequest("https://evil.example/callback",
                            "state", Pkce.challengeOf(VERIFIER), "S256")).bearerAuth(token)));

            assertThat(failure.code()).isEqualTo(400);
        }
    }

    private HttpResponse<String> page(URI uri) {
        return http.toBlocking().exchange(HttpRequest.GET(uri).header(HttpHeaders.HOST, "localhost:" + port),
                String.class);
    }

    private static URI pageUri(String redirectUri, String method) {
        return UriBuilder.of("/sign-in").queryParam("redirect_uri", redirectUri).queryParam("state", "s1")
                .queryParam("code_challenge", Pkce.challengeOf(VERIFIER)).queryParam("code_challenge_method", method)
                .build();
    }

    private String codeFor(User user, String redirectUri) {
        String query = URI.create(grant(user, redirectUri).redirectTo()).getQuery();
        return query.substring("code=".length(), query.indexOf("&state="));
    }

    private AuthorizationGrant grant(User user, String redirectUri) {
        return http.toBlocking().retrieve(HttpRequest.POST("/auth/authorize", new AuthorizationRequest(redirectUri,
                "app-state-1", Pkce.challengeOf(VERIFIER), "S256")).bearerAuth(tokenOf(user)),
                AuthorizationGrant.class);
    }

    private AccountInfo accountOf(TokenResponse tokens) {
        return http.toBlocking().retrieve(HttpRequest.GET("/account").bearerAuth(tokens.accessToken()),
                AccountInfo.class);
    }

    private String tokenOf(User user) {
        return sessions.start(user.id(), SignInMethod.PASSKEY, CLIENT).tokens().accessToken();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("finding a free port failed", e);
        }
    }
}
