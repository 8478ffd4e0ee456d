package dev.codevault.backend.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The SMTP mailer against a socket on loopback that accepts connections but never speaks SMTP. */
class SmtpMailerTest {

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
}
