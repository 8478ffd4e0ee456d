package dev.codevault.backend.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * SMTP settings under {@code codevault.mail}. Mail is sent only when {@code codevault.mail.smtp.host} is set.
 *
 * @param from the sender address, for example {@code CodeVault <codevault@example.com>}
 * @param smtp the SMTP server
 */
@ConfigurationProperties("codevault.mail")
public record MailSettings(@Nullable String from, Smtp smtp) {

    /**
     * The SMTP server.
     *
     * @param host     the host name, or {@code null} when no mail is sent
     * @param port     the port
     * @param username the user name to log in with, or {@code null} to send without logging in
     * @param password the password of that user
     * @param security how the connection is protected
     * @param timeout  the connect, read and write timeout
     */
    @ConfigurationProperties("smtp")
    public record Smtp(@Nullable String host, int port, @Nullable String username, @Nullable String password,
                       SmtpSecurity security, Duration timeout) {

        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", username=" + username + ", security=" + security + "]";
        }
    }
}
