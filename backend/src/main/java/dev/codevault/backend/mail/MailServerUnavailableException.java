package dev.codevault.backend.mail;

import java.time.Duration;

/**
 * The SMTP server could not be reached, or it rejected the connection or the login. The message names the server
 * for the log. It is not meant for people without access to the server's settings.
 */
public class MailServerUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    /** Creates the failure of a check whose outcome is not remembered, so the next check contacts the server. */
    MailServerUnavailableException(String message, Throwable cause) {
        this(message, cause, Duration.ZERO);
    }

    MailServerUnavailableException(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** Returns how long later checks return this failure without contacting the server, or zero if they contact it. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
