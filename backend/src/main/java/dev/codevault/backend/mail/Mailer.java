package dev.codevault.backend.mail;

/** Sends email through the configured SMTP server. */
public interface Mailer {

    /**
     * Returns whether an SMTP server is configured. Without one, mail is not sent, and the sign-in passcodes go to
     * the server log in development mode instead.
     */
    boolean isConfigured();

    /**
     * Connects to the SMTP server, logs in when a user name is set, and disconnects. Each network step waits at most
     * {@code codevault.mail.smtp.timeout}. It sends no mail, so a caller can learn that mail cannot leave before it
     * promises one. A failure is logged as an error with the server's host and port.
     *
     * @throws MailServerUnavailableException when the server cannot be reached, or it rejects the connection or the
     *                                        login. Its {@link MailServerUnavailableException#retryAfter()} is how
     *                                        long later checks return this failure without contacting the server.
     * @throws IllegalStateException          when no SMTP server is configured
     */
    void checkConnection();

    /**
     * Queues a mail and returns at once, so the caller's response time does not depend on the SMTP server. A
     * failure is logged as an error with the recipient, the server and the settings to check, never with the body.
     * Without an SMTP server the mail is dropped and the drop is logged.
     */
    void sendInBackground(OutgoingMail mail);
}
