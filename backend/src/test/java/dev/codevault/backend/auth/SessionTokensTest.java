package dev.codevault.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.auth.token.Sessions;
import dev.codevault.backend.testing.AuthClient;
import dev.codevault.backend.testing.Failures;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.MutableClock;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.auth.RefreshTokenRequest;
import dev.codevault.common.auth.SessionInfo;
import dev.codevault.common.auth.SignInMethod;
import dev.codevault.common.auth.TokenResponse;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Refresh-token rotation, reuse detection, sign-out and the session list, over HTTP on MariaDB. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionTokensTest implements TestPropertyProvider {

    private static final ClientInfo CLIENT = new ClientInfo("127.0.0.1", "CodeVault desktop test");

    private final MariaDbDatabase database = MariaDbDatabase.create();

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
        properties.put("codevault.data-dir", TempFolders.create("codevault-sessions").toString());
        properties.put("codevault.test.mutable-clock", "true");
        return properties;
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Nested
    class Refresh {

        @Test
        void replacesRefreshToken() {
            TokenResponse first = signIn(accounts.createUser());

            TokenResponse second = auth.refresh(new RefreshTokenRequest(first.refreshToken()));

            assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
            assertThat(status(HttpRequest.GET("/account").bearerAuth(second.accessToken()))).isEqualTo(200);
        }

        @Test
        void carriesSessionInAccessToken() {
            User user = accounts.createUser();
            TokenResponse tokens = signIn(user);

            List<SessionInfo> listed = sessionsOf(tokens);

            assertThat(listed).singleElement().satisfies(session -> {
                assertThat(session.current()).isTrue();
                assertThat(session.signInMethod()).isEqualTo(SignInMethod.PASSCODE);
                assertThat(session.client()).isEqualTo("CodeVault desktop test");
            });
        }

        @Test
        void rejectsReusedRefreshToken() {
            TokenResponse first = signIn(accounts.createUser());
            auth.refresh(new RefreshTokenRequest(first.refreshToken()));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.refresh(new RefreshTokenRequest(first.refreshToken())));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("used before");
        }

        @Test
        void endsWholeSessionWhenOldTokenReturns() {
            TokenResponse first = signIn(accounts.createUser());
            TokenResponse second = auth.refresh(new RefreshTokenRequest(first.refreshToken()));
            Failures.of(() -> auth.refresh(new RefreshTokenRequest(first.refreshToken())));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.refresh(new RefreshTokenRequest(second.refreshToken())));

            assertThat(failure.code()).isEqualTo(401);
        }

        @Test
        void rejectsUnknownRefreshToken() {
            HttpClientResponseException failure = Failures.of(
                    () -> auth.refresh(new RefreshTokenRequest("not-a-token-this-server-issued")));

            assertThat(failure.code()).isEqualTo(401);
        }

        @Test
        void rejectsExpiredRefreshToken() {
            TokenResponse tokens = signIn(accounts.createUser());
            clock.advance(Duration.ofDays(31));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.refresh(new RefreshTokenRequest(tokens.refreshToken())));

            assertThat(failure.code()).isEqualTo(401);
        }
    }

    @Nested
    class SignOut {

        @Test
        void endsSessionOfRefreshToken() {
            TokenResponse tokens = signIn(accounts.createUser());

            auth.signOut(new RefreshTokenRequest(tokens.refreshToken()));

            assertThat(Failures.of(() -> auth.refresh(new RefreshTokenRequest(tokens.refreshToken()))).code())
                    .isEqualTo(401);
        }

        @Test
        void ignoresUnknownRefreshToken() {
            auth.signOut(new RefreshTokenRequest("not-a-token-this-server-issued"));
        }

        @Test
        void endsEverySessionOfPerson() {
            User user = accounts.createUser();
            TokenResponse laptop = signIn(user);
            TokenResponse desktop = signIn(user);

            HttpResponse<?> response = http.toBlocking().exchange(
                    HttpRequest.POST("/auth/sessions/end-all", "").bearerAuth(desktop.accessToken()));

            assertThat(response.code()).isEqualTo(204);
            assertThat(Failures.of(() -> auth.refresh(new RefreshTokenRequest(laptop.refreshToken()))).code())
                    .isEqualTo(401);
            assertThat(Failures.of(() -> auth.refresh(new RefreshTokenRequest(desktop.refreshToken()))).code())
                    .isEqualTo(401);
        }

        @Test
        void endsOneSessionById() {
            User user = accounts.createUser();
            TokenResponse laptop = signIn(user);
            TokenResponse desktop = signIn(user);
            UUID laptopSession = sessionsOf(laptop).stream().filter(SessionInfo::current).findFirst()
                    .orElseThrow().id();

            http.toBlocking().exchange(HttpRequest.DELETE("/auth/sessions/" + laptopSession)
                    .bearerAuth(desktop.accessToken()));

            assertThat(sessionsOf(desktop)).extracting(SessionInfo::id).doesNotContain(laptopSession);
        }

        @Test
        void hidesSessionOfAnotherPerson() {
            TokenResponse other = signIn(accounts.createUser());
            UUID otherSession = sessionsOf(other).get(0).id();
            TokenResponse mine = signIn(accounts.createUser());

            HttpClientResponseException failure = Failures.of(() -> http.toBlocking().exchange(
                    HttpRequest.DELETE("/auth/sessions/" + otherSession).bearerAuth(mine.accessToken())));

            assertThat(failure.code()).isEqualTo(404);
        }
    }

    private TokenResponse signIn(User user) {
        return sessions.start(user.id(), SignInMethod.PASSCODE, CLIENT).tokens();
    }

    private List<SessionInfo> sessionsOf(TokenResponse tokens) {
        return http.toBlocking().retrieve(HttpRequest.GET("/auth/sessions").bearerAuth(tokens.accessToken()),
                Argument.listOf(SessionInfo.class));
    }

    private int status(HttpRequest<?> request) {
        return http.toBlocking().exchange(request).code();
    }
}
