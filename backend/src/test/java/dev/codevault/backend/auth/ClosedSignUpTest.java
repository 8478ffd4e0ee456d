package dev.codevault.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamInvitations;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.AuthClient;
import dev.codevault.backend.testing.Failures;
import dev.codevault.backend.testing.MailServer;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.MutableClock;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.auth.PasscodeRequest;
import dev.codevault.common.auth.PasscodeSent;
import dev.codevault.common.auth.PasscodeVerification;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Passcodes on a server that admits only existing accounts and invited addresses, and the rate limit per client
 * address. Each test starts a new rate-limit window.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedSignUpTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final MailServer mail = MailServer.start();

    @Inject
    AuthClient auth;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    TeamInvitations invitations;

    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.putAll(mail.serverProperties());
        properties.put("codevault.data-dir", TempFolders.create("codevault-closed").toString());
        properties.put("codevault.test.mutable-clock", "true");
        properties.put("codevault.auth.open-sign-up", "false");
        properties.put("codevault.auth.passcode.max-per-client-address", "3");
        return properties;
    }

    @BeforeEach
    void startNewRateLimitWindow() {
        clock.advance(Duration.ofMinutes(16));
    }

    @AfterAll
    void stopServers() {
        mail.close();
        database.close();
    }

    @Test
    void respondsAlikeButMailsOnlyKnownAddress() {
        User known = accounts.createUser();
        String unknown = "stranger-" + UUID.randomUUID() + "@example.com";

        PasscodeSent forKnown = auth.requestPasscode(new PasscodeRequest(known.email()));
        PasscodeSent forUnknown = auth.requestPasscode(new PasscodeRequest(unknown));

        assertThat(forUnknown.attemptId()).isNotNull();
        assertThat(Duration.between(forKnown.expiresAt(), forUnknown.expiresAt()).abs())
                .isLessThan(Duration.ofSeconds(5));
        assertThat(mail.awaitPasscodeFor(known.email())).isNotBlank();
        assertThat(mail.receivedMailTo(unknown)).isFalse();
    }

    @Test
    void mailsPasscodeToInvitedAddress() {
        User owner = accounts.createUser();
        Team team = accounts.createTeam("Closed");
        accounts.addMember(team, owner, TeamRole.OWNER);
        String invited = "invited-" + UUID.randomUUID() + "@example.com";
        invitations.invite(owner.id(), team.id(), invited, TeamRole.MEMBER);
        mail.awaitMailTo(invited);

        PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(invited));

        assertThat(auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), mail.awaitPasscodeFor(invited)))
                .accessToken()).isNotBlank();
    }

    @Test
    void limitsRequestsPerClientAddress() {
        for (int request = 1; request <= 3; request++) {
            auth.requestPasscode(new PasscodeRequest("limit-" + UUID.randomUUID() + "@example.com"));
        }

        HttpClientResponseException failure = Failures.of(() -> auth.requestPasscode(
                new PasscodeRequest("limit-" + UUID.randomUUID() + "@example.com")));

        assertThat(failure.code()).isEqualTo(429);
        assertThat(Failures.detailOf(failure)).contains("from your network");
    }

    @Test
    void ignoresForwardedHeadersFromClients() {
        for (int request = 1; request <= 3; request++) {
            http.toBlocking().exchange(HttpRequest.POST("/auth/passcode",
                            new PasscodeRequest("spoof-" + UUID.randomUUID() + "@example.com"))
                    .header("X-Forwarded-For", "10.77.0." + request)
                    .header("Forwarded", "for=10.1.2." + request));
        }

        HttpClientResponseException failure = Failures.of(() -> http.toBlocking().exchange(HttpRequest.POST(
                        "/auth/passcode", new PasscodeRequest("spoof-" + UUID.randomUUID() + "@example.com"))
                .header("X-Forwarded-For", "10.77.0.99")));

        assertThat(failure.code()).isEqualTo(429);
    }
}
