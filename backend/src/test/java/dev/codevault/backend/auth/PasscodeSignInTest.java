package dev.codevault.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.testing.AuthClient;
import dev.codevault.backend.testing.Failures;
import dev.codevault.backend.testing.MailServer;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.MutableClock;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.common.auth.AccountInfo;
import dev.codevault.common.auth.AuthApi;
import dev.codevault.common.auth.PasscodeRequest;
import dev.codevault.common.auth.PasscodeSent;
import dev.codevault.common.auth.PasscodeVerification;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.common.error.Problem;
import dev.codevault.common.team.TeamSummary;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Sign-in with emailed passcodes against a real SMTP server (GreenMail) and MariaDB. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasscodeSignInTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final MailServer mail = MailServer.start();

    @Inject
    AuthClient auth;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.putAll(mail.serverProperties());
        properties.put("codevault.data-dir", TempFolders.create("codevault-passcode").toString());
        properties.put("codevault.test.mutable-clock", "true");
        // Every test calls from 127.0.0.1; the per-client limit has a test of its own.
        properties.put("codevault.auth.passcode.max-per-client-address", "1000");
        return properties;
    }

    @AfterAll
    void stopServers() {
        mail.close();
        database.close();
    }

    @Nested
    class SignIn {

        @Test
        void signsInWithMailedPasscode() {
            String email = newEmail();
            PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(email));
            String code = mail.awaitPasscodeFor(email);

            TokenResponse tokens = auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), code));

            AccountInfo account = http.toBlocking().retrieve(
                    HttpRequest.GET("/account").bearerAuth(tokens.accessToken()), AccountInfo.class);
            assertThat(account.email()).isEqualTo(email);
            assertThat(tokens.tokenType()).isEqualTo("Bearer");
            assertThat(tokens.refreshToken()).isNotBlank();
        }

        @Test
        void acceptsAddressWithSurroundingSpaces() {
            String email = newEmail();

            HttpResponse<PasscodeSent> response = http.toBlocking().exchange(HttpRequest.POST("/auth/passcode",
                    "{\"email\":\"  " + email + " \"}").contentType(MediaType.APPLICATION_JSON_TYPE),
                    PasscodeSent.class);

            assertThat(response.code()).isEqualTo(200);
            assertThat(mail.awaitPasscodeFor(email)).isNotBlank();
        }

        @Test
        void createsPersonalTeamAtFirstSignIn() {
            String email = newEmail();

            TokenResponse tokens = signIn(email);

            List<TeamSummary> teams = http.toBlocking().retrieve(HttpRequest.GET("/teams")
                    .bearerAuth(tokens.accessToken()), Argument.listOf(TeamSummary.class));
            assertThat(teams).singleElement().satisfies(team -> assertThat(team.personal()).isTrue());
        }

        @Test
        void keepsAccountAtSecondSignIn() {
            String email = newEmail();
            TokenResponse first = signIn(email);

            TokenResponse second = signIn(email.toUpperCase(Locale.ROOT));

            assertThat(accountOf(second).id()).isEqualTo(accountOf(first).id());
        }

        @Test
        void acceptsCodeInLowerCaseWithoutDash() {
            String email = newEmail();
            PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(email));
            String typed = mail.awaitPasscodeFor(email).replace("-", "").toLowerCase(Locale.ROOT);

            TokenResponse tokens = auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), typed));

            assertThat(tokens.accessToken()).isNotBlank();
        }

        @Test
        void respondsAlikeForKnownAndUnknownEmail() {
            String known = newEmail();
            signIn(known);

            PasscodeSent forKnown = auth.requestPasscode(new PasscodeRequest(known));
            PasscodeSent forUnknown = auth.requestPasscode(new PasscodeRequest(newEmail()));

            assertThat(forUnknown.attemptId()).isNotEqualTo(forKnown.attemptId());
            assertThat(Duration.between(forKnown.expiresAt(), forUnknown.expiresAt()).abs())
                    .isLessThan(Duration.ofSeconds(5));
        }
    }

    @Nested
    class Rejection {

        @Test
        void rejectsWrongCode() {
            String email = newEmail();
            PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(email));
            mail.awaitPasscodeFor(email);

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), "AAAA-AAAA")));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("4 attempts are left");
        }

        @Test
        void rejectsReusedCode() {
            String email = newEmail();
            PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(email));
            String code = mail.awaitPasscodeFor(email);
            auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), code));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), code)));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("used already");
        }

        @Test
        void rejectsExpiredCode() {
            String email = newEmail();
            PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(email));
            String code = mail.awaitPasscodeFor(email);
            clock.advance(Duration.ofMinutes(11));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), code)));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("expired");
        }

        @Test
        void voidsPasscodeAfterFiveWrongCodes() {
            String email = newEmail();
            PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(email));
            String code = mail.awaitPasscodeFor(email);
            for (int attempt = 1; attempt <= 5; attempt++) {
                Failures.of(() -> auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), "AAAA-AAAA")));
            }

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), code)));

            assertThat(failure.code()).isEqualTo(401);
        }

        @Test
        void marksLastWrongCodeAsClosed() {
            String email = newEmail();
            PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(email));
            mail.awaitPasscodeFor(email);
            for (int attempt = 1; attempt < 5; attempt++) {
                Failures.of(() -> auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), "AAAA-AAAA")));
            }

            HttpClientResponseException last = Failures.of(
                    () -> auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), "AAAA-AAAA")));

            assertThat(last.code()).isEqualTo(401);
            assertThat(problemTypeOf(last)).isEqualTo(Problem.TYPE_PREFIX + AuthApi.PASSCODE_CLOSED_PROBLEM);
            assertThat(Failures.detailOf(last)).contains("no attempts are left");
        }

        @Test
        void keepsWrongCodeWithAttemptsLeftOpen() {
            String email = newEmail();
            PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(email));
            mail.awaitPasscodeFor(email);

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), "AAAA-AAAA")));

            assertThat(problemTypeOf(failure)).isEqualTo(Problem.TYPE_PREFIX + "sign-in-rejected");
        }

        @Test
        void marksReusedCodeAsClosed() {
            String email = newEmail();
            PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(email));
            String code = mail.awaitPasscodeFor(email);
            auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), code));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), code)));

            assertThat(problemTypeOf(failure)).isEqualTo(Problem.TYPE_PREFIX + AuthApi.PASSCODE_CLOSED_PROBLEM);
        }

        @Test
        void acceptsOnlyNewestPasscode() {
            String email = newEmail();
            PasscodeSent older = auth.requestPasscode(new PasscodeRequest(email));
            String olderCode = mail.awaitPasscodeFor(email);
            auth.requestPasscode(new PasscodeRequest(email));
            mail.awaitPasscodeFor(email);

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasscode(new PasscodeVerification(older.attemptId(), olderCode)));

            assertThat(failure.code()).isEqualTo(401);
        }

        @Test
        void rejectsUnknownAttempt() {
            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasscode(new PasscodeVerification(UUID.randomUUID(), "AAAA-AAAA")));

            assertThat(failure.code()).isEqualTo(401);
        }

        @Test
        void rejectsMalformedEmail() {
            HttpClientResponseException failure = Failures.of(() -> http.toBlocking().exchange(
                    HttpRequest.POST("/auth/passcode", Map.of("email", "not an address"))));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Failures.detailOf(failure)).isEqualTo("The field email must be a well-formed email address.");
        }

        @Test
        void sendsRetryAfterWhenLimited() {
            String email = newEmail();
            for (int request = 1; request <= 5; request++) {
                auth.requestPasscode(new PasscodeRequest(email));
            }

            HttpClientResponseException failure = Failures.of(
                    () -> auth.requestPasscode(new PasscodeRequest(email)));

            assertThat(Integer.parseInt(failure.getResponse().header("Retry-After"))).isBetween(880, 900);
        }

        @Test
        void waitsUntilOldestRequestLeavesWindow() {
            String email = newEmail();
            auth.requestPasscode(new PasscodeRequest(email));
            clock.advance(Duration.ofMinutes(14).plusSeconds(30));
            for (int request = 2; request <= 5; request++) {
                auth.requestPasscode(new PasscodeRequest(email));
            }

            HttpClientResponseException failure = Failures.of(
                    () -> auth.requestPasscode(new PasscodeRequest(email)));

            assertThat(Integer.parseInt(failure.getResponse().header("Retry-After"))).isBetween(20, 30);
            assertThat(Failures.detailOf(failure)).contains("wait 1 minute and request another");
        }

        @Test
        void limitsRequestsPerEmail() {
            String email = newEmail();
            for (int request = 1; request <= 5; request++) {
                auth.requestPasscode(new PasscodeRequest(email));
            }

            HttpClientResponseException failure = Failures.of(
                    () -> auth.requestPasscode(new PasscodeRequest(email)));

            assertThat(failure.code()).isEqualTo(429);
            assertThat(Failures.detailOf(failure)).contains("wait");
        }
    }

    private TokenResponse signIn(String email) {
        PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(email));
        return auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), mail.awaitPasscodeFor(email)));
    }

    private AccountInfo accountOf(TokenResponse tokens) {
        return http.toBlocking().retrieve(HttpRequest.GET("/account").bearerAuth(tokens.accessToken()),
                AccountInfo.class);
    }

    private static String problemTypeOf(HttpClientResponseException failure) {
        return failure.getResponse().getBody(Problem.class).map(Problem::type).orElse("");
    }

    private static String newEmail() {
        return "person-" + UUID.randomUUID() + "@example.com";
    }
}
