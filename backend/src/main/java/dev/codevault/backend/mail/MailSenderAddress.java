package dev.codevault.backend.mail;

import dev.codevault.backend.startup.StartupProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.value.PropertyResolver;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The sender address of CodeVault's mail, {@code codevault.mail.from}, which a configured SMTP server needs. */
public final class MailSenderAddress {

    private MailSenderAddress() {
    }

    /**
     * Checks the sender address before the server creates anything, so a start with an SMTP server but without a
     * valid sender stops before the data folder, the database and the master key exist.
     *
     * @param settings the environment of the application context that has not started yet
     * @throws StartupProblem when an SMTP server is set and the sender address is missing or invalid
     */
    public static void check(PropertyResolver settings) {
        boolean configured = settings.get("codevault.mail.smtp.host", String.class).filter(host -> !host.isBlank())
                .isPresent();
        if (configured) {
            parse(settings.get("codevault.mail.from", String.class).orElse(null));
        }
    }

    /**
     * Returns the configured sender address.
     *
     * @throws StartupProblem when it is missing or not a valid address
     */
    static InternetAddress parse(@Nullable String configured) {
        if (configured == null || configured.isBlank()) {
            throw new StartupProblem("CODEVAULT_MAIL_FROM (codevault.mail.from) is not set, but an SMTP server is. "
                    + "Set it to the sender address of CodeVault's mail, for example "
                    + "'CodeVault <codevault@example.com>'.");
        }
        try {
            return new InternetAddress(configured, true);
        } catch (AddressException e) {
            throw new StartupProblem("CODEVAULT_MAIL_FROM (codevault.mail.from) '" + configured + "' is not a valid "
                    + "email address (" + e.getMessage() + "). Set it to an address such as "
                    + "'CodeVault <codevault@example.com>'.", e);
        }
    }
}
