package dev.codevault.backend.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The SMTP mailer: its connection to a socket on loopback that accepts connections but never speaks SMTP, and its
 * start-up warning about the timeout.
 */
class SmtpMailerTest {

    private final Logger mailerLog = (Logger) LoggerFactory.getLogger(SmtpMailer.class);
    private final ListAppender<ILoggingEvent> mailerEvents = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        mailerEvents.start();
        mailerLog.addAppender(mailerEvents);
    }

    @AfterEach
    void releaseLog() {
        mailerLog.detachAppender(mailerEvents);
    }

    @Test
    void warnsAboutTimeoutAboveDesktopWait() throws InterruptedException {
        SmtpMailer mailer = mailerWithTimeout("127.0.0.1", Duration.ofSeconds(111));

        mailer.warnAboutLongTimeout();
        mailer.stop();

        assertThat(warnings()).singleElement().satisfies(message -> assertThat(message)
                .startsWith("CODEVAULT_MAIL_SMTP_TIMEOUT (codevault.mail.smtp.timeout) is 111 s, above 110 s.")
                .contains("the desktop app stops waiting for the response after 2 minutes"));
    }

    @Test
    void acceptsTimeoutOfDesktopLimit() throws InterruptedException {
        SmtpMailer mailer = mailerWithTimeout("127.0.0.1", Duration.ofSeconds(110));

        mailer.warnAboutLongTimeout();
        mailer.stop();

        assertThat(warnings()).isEmpty();
    }

    @Test
    void ignoresTimeoutWithoutSmtpServer() throws InterruptedException {
        SmtpMailer mailer = mailerWithTimeout(null, Duration.ofMinutes(5));

        mailer.warnAboutLongTimeout();
        mailer.stop();

        assertThat(warnings()).isEmpty();
    }

    @Test
    void connectsToConfiguredPortWithTls() throws IOException, InterruptedException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(5_000);
            MailSettings.Smtp smtp = new MailSettings.Smtp("127.0.0.1", server.getLocalPort(), null, null,
                    SmtpSecurity.TLS, Duration.ofSeconds(1));
            SmtpMailer mailer = new SmtpMailer(new MailSettings("CodeVault <codevault@example.com>", smtp),
                    Clock.systemUTC());

            mailer.sendInBackground(new OutgoingMail("person@example.com", "Subject", "Text"));

            try (Socket accepted = server.accept()) {
                assertThat(accepted.isConnected()).isTrue();
            } finally {
                mailer.stop();
            }
        }
    }

    private static SmtpMailer mailerWithTimeout(String host, Duration timeout) {
        MailSettings.Smtp smtp = new MailSettings.Smtp(host, 587, null, null, SmtpSecurity.STARTTLS, timeout);
        return new SmtpMailer(new MailSettings("CodeVault <codevault@example.com>", smtp), Clock.systemUTC());
    }

    private List<String> warnings() {
        return mailerEvents.list.stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
