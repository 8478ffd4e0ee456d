package dev.codevault.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
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
import dev.codevault.common.auth.AuthApi;
import dev.codevault.common.auth.PasscodeRequest;
import dev.codevault.common.auth.PasscodeSent;
import dev.codevault.common.auth.PasscodeVerification;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.common.error.Problem;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * Passcode requests and invitations while the SMTP server (GreenMail) is stopped or silent, and after it is back,
 * on a server with MariaDB that admits only existing accounts and invited addresses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailOutageTest implements TestPropertyProvider {

    private static final String SMTP_TIMEOUT_SECONDS = "1";

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final MailServer mail = MailServer.start();
    private final Logger mailerLog = (Logger) LoggerFactory.getLogger("dev.codevault.backend.mail.SmtpMailer");
    private final ListAppender<ILoggingEvent> mailerEvents = new ListAppender<>();

    @Inject
    AuthClient auth;

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
        properties.put("codevault.mail.smtp.timeout", SMTP_TIMEOUT_SECONDS + "s");
        properties.put("codevault.data-dir", TempFolders.create("codevault-mail-outage").toString());
        properties.put("codevault.test.mutable-clock", "true");
        properties.put("codevault.auth.open-sign-up", "false");
        properties.put("codevault.auth.passcode.max-per-client-address", "1000");
        return properties;
    }

    @BeforeEach
    void startNewRateLimitWindow() {
        clock.advance(Duration.ofMinutes(16));
        mailerEvents.list.clear();
        mailerEvents.start();
        mailerLog.addAppender(mailerEvents);
    }

    @AfterEach
    void restartMailServer() {
        mailerLog.detachAppender(mailerEvents);
        mail.restart();
    }

    @AfterAll
    void stopServers() {
        mail.close();
        database.close();
    }

    @Test
    void failsRequestWhileServerIsDown() {
        User known = accounts.createUser();
        mail.stop();

        HttpClientResponseException failure = Failures.of(() -> auth.requestPasscode(
                new PasscodeRequest(known.email())));

        assertThat(failure.code()).isEqualTo(503);
        assertThat(problemOf(failure).type()).isEqualTo(Problem.TYPE_PREFIX + AuthApi.MAIL_UNAVAILABLE_PROBLEM);
        assertThat(Failures.detailOf(failure)).startsWith("This server cannot send mail right now, so no passcode "
                + "was sent.");
    }

    @Test
    void keepsSettingNamesOutOfDetail() {
        mail.stop();

        HttpClientResponseException failure = Failures.of(() -> auth.requestPasscode(
                new PasscodeRequest(accounts.createUser().email())));

        assertThat(Failures.detailOf(failure)).doesNotContain("CODEVAULT_");
    }

    @Test
    void asksToRetryWithinRetryAfter() {
        mail.stop();

        HttpClientResponseException failure = Failures.of(() -> auth.requestPasscode(
                new PasscodeRequest(accounts.createUser().email())));

        assertThat(Failures.detailOf(failure)).contains("Try again in a few seconds")
                .doesNotContain("minutes");
    }

    @Test
    void sendsRetryAfterOfTenSeconds() {
        mail.stop();

        HttpClientResponseException failure = Failures.of(() -> auth.requestPasscode(
                new PasscodeRequest(accounts.createUser().email())));

        assertThat(failure.getResponse().header(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
    }

    @Test
    void shortensRetryAfterOfRememberedFailure() {
        User known = accounts.createUser();
        mail.stop();
        Failures.of(() -> auth.requestPasscode(new PasscodeRequest(known.email())));
        clock.advance(Duration.ofSeconds(7));

        HttpClientResponseException failure = Failures.of(() -> auth.requestPasscode(
                new PasscodeRequest(known.email())));

        assertThat(failure.getResponse().header(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
    }

    @Test
    void sendsTenSecondsAfterTimeout() throws IOException {
        mail.stop();

        try (ServerSocket silent = new ServerSocket(mail.port(), 50, InetAddress.getLoopbackAddress())) {
            HttpClientResponseException failure = Failures.of(() -> auth.requestPasscode(
                    new PasscodeRequest(accounts.createUser().email())));

            assertThat(failure.getResponse().header(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        }
    }

    @Test
    void respondsAlikeForUnknownAddress() {
        User known = accounts.createUser();
        String unknown = "stranger-" + UUID.randomUUID() + "@example.com";
        mail.stop();

        HttpClientResponseException forKnown = Failures.of(() -> auth.requestPasscode(
                new PasscodeRequest(known.email())));
        HttpClientResponseException forUnknown = Failures.of(() -> auth.requestPasscode(
                new PasscodeRequest(unknown)));

        assertThat(forUnknown.code()).isEqualTo(forKnown.code());
        assertThat(problemOf(forUnknown)).isEqualTo(problemOf(forKnown));
    }

    @Test
    void keepsServerAddressOutOfDetail() {
        mail.stop();

        HttpClientResponseException failure = Failures.of(() -> auth.requestPasscode(
                new PasscodeRequest(accounts.createUser().email())));

        assertThat(Failures.detailOf(failure)).doesNotContain("127.0.0.1")
                .doesNotContain(Integer.toString(mail.port()));
    }

    @Test
    void logsServerAndSettingsToCheck() {
        mail.stop();

        Failures.of(() -> auth.requestPasscode(new PasscodeRequest(accounts.createUser().email())));

        assertThat(errors()).singleElement().satisfies(message -> assertThat(message)
                .contains("127.0.0.1:" + mail.port(), "CODEVAULT_MAIL_SMTP_HOST", "CODEVAULT_MAIL_SMTP_PORT")
                .endsWith("CODEVAULT_MAIL_SMTP_PASSWORD are its login."));
    }

    @Test
    void logsRefusedConnection() {
        mail.stop();

        Failures.of(() -> auth.requestPasscode(new PasscodeRequest(accounts.createUser().email())));

        assertThat(errors()).singleElement().satisfies(message -> assertThat(message)
                .startsWith("The SMTP server 127.0.0.1:" + mail.port() + " refused the connection:"));
    }

    @Test
    void logsTimeoutOfSilentServer() throws IOException {
        mail.stop();

        try (ServerSocket silent = new ServerSocket(mail.port(), 50, InetAddress.getLoopbackAddress())) {
            Failures.of(() -> auth.requestPasscode(new PasscodeRequest(accounts.createUser().email())));
        }

        assertThat(errors()).singleElement().satisfies(message -> assertThat(message)
                .startsWith("The SMTP server 127.0.0.1:" + mail.port() + " timed out after "
                        + SMTP_TIMEOUT_SECONDS + " s:"));
    }

    @Test
    void sendsPasscodeOnceServerIsBack() {
        User known = accounts.createUser();
        mail.stop();
        for (int request = 1; request <= 5; request++) {
            Failures.of(() -> auth.requestPasscode(new PasscodeRequest(known.email())));
        }
        mail.restart();
        clock.advance(Duration.ofSeconds(11));

        PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(known.email()));
        TokenResponse tokens = auth.verifyPasscode(new PasscodeVerification(sent.attemptId(),
                mail.awaitPasscodeFor(known.email())));

        assertThat(tokens.accessToken()).isNotBlank();
    }

    @Test
    void remembersFailureForTenSeconds() {
        User known = accounts.createUser();
        mail.stop();
        Failures.of(() -> auth.requestPasscode(new PasscodeRequest(known.email())));
        mail.restart();
        clock.advance(Duration.ofSeconds(9));

        HttpClientResponseException failure = Failures.of(() -> auth.requestPasscode(
                new PasscodeRequest(known.email())));

        assertThat(failure.code()).isEqualTo(503);
        assertThat(errors()).hasSize(1);
    }

    @Test
    void triesOnceForRequestsArrivingTogether() throws Exception {
        mail.stop();
        List<String> addresses = IntStream.range(0, 6).mapToObj(index -> accounts.createUser().email()).toList();

        ExecutorService requests = Executors.newFixedThreadPool(addresses.size());
        try (ServerSocket silent = new ServerSocket(mail.port(), 50, InetAddress.getLoopbackAddress())) {
            List<Future<Integer>> statuses = requests.invokeAll(addresses.stream()
                    .<Callable<Integer>>map(address -> () -> Failures.of(() -> auth.requestPasscode(
                            new PasscodeRequest(address))).code())
                    .toList());

            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(503);
            }
            assertThat(errors()).hasSize(1);
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void failsWithinTimeoutWhenServerStalls() throws Exception {
        User known = accounts.createUser();
        mail.stop();

        try (StallingSmtpServer stalling = StallingSmtpServer.on(mail.port())) {
            long started = System.nanoTime();
            HttpClientResponseException failure = Failures.of(() -> auth.requestPasscode(
                    new PasscodeRequest(known.email())));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(failure.code()).isEqualTo(503);
            assertThat(waited).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void keepsEarlierPasscodeAfterFailedRequest() {
        User known = accounts.createUser();
        PasscodeSent earlier = auth.requestPasscode(new PasscodeRequest(known.email()));
        String code = mail.awaitPasscodeFor(known.email());
        mail.stop();
        clock.advance(Duration.ofSeconds(11));
        Failures.of(() -> auth.requestPasscode(new PasscodeRequest(known.email())));

        TokenResponse tokens = auth.verifyPasscode(new PasscodeVerification(earlier.attemptId(), code));

        assertThat(tokens.accessToken()).isNotBlank();
    }

    @Test
    void failsWithinTimeoutWhenServerIsSilent() throws IOException {
        User known = accounts.createUser();
        mail.stop();

        // The kernel accepts connections into the backlog, but nothing ever sends the SMTP greeting.
        try (ServerSocket silent = new ServerSocket(mail.port(), 50, InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();
            HttpClientResponseException failure = Failures.of(() -> auth.requestPasscode(
                    new PasscodeRequest(known.email())));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(failure.code()).isEqualTo(503);
            assertThat(waited).isLessThan(Duration.ofSeconds(8));
        }
    }

    @Test
    void logsFailedInvitationMail() throws InterruptedException {
        User owner = accounts.createUser();
        Team team = accounts.createTeam("Outage");
        accounts.addMember(team, owner, TeamRole.OWNER);
        String invited = "invited-" + UUID.randomUUID() + "@example.com";
        mail.stop();

        invitations.invite(owner.id(), team.id(), invited, TeamRole.MEMBER);

        List<String> errors = awaitErrors();
        assertThat(errors).singleElement().satisfies(message -> assertThat(message)
                .contains(invited, "127.0.0.1:" + mail.port(), "CODEVAULT_MAIL_SMTP_HOST")
                .doesNotContain("invited you"));
    }

    private List<String> errors() {
        synchronized (mailerEvents) {
            return mailerEvents.list.stream().filter(event -> event.getLevel() == Level.ERROR)
                    .map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** Waits for the mail thread to log its error, for at most ten seconds. */
    private List<String> awaitErrors() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (errors().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return errors();
    }

    /**
     * An SMTP server that sends one line of a multi-line greeting every 200 ms and never ends it, so no single read
     * waits long enough to time out.
     */
    private static final class StallingSmtpServer implements AutoCloseable {

        private final ServerSocket socket;
        private final Thread talker;

        private StallingSmtpServer(ServerSocket socket) {
            this.socket = socket;
            this.talker = new Thread(this::talk, "stalling-smtp");
            talker.setDaemon(true);
            talker.start();
        }

        static StallingSmtpServer on(int port) throws IOException {
            return new StallingSmtpServer(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
        }

        private void talk() {
            try (Socket client = socket.accept()) {
                OutputStream out = client.getOutputStream();
                while (!socket.isClosed()) {
                    out.write("220-slow\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException e) {
                // The test closed the server or the client went away; either ends the stalling.
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            talker.interrupt();
        }
    }

    private static Problem problemOf(HttpClientResponseException failure) {
        return failure.getResponse().getBody(Problem.class).orElseThrow();
    }
}
