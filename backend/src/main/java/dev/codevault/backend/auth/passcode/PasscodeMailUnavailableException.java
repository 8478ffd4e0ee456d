package dev.codevault.backend.auth.passcode;

import dev.codevault.backend.error.ApiException;
import dev.codevault.backend.mail.MailServerUnavailableException;
import dev.codevault.common.auth.AuthApi;
import io.micronaut.http.HttpStatus;
import java.time.Duration;

/**
 * The passcode mail cannot be sent because the SMTP server cannot be used. The message names the settings an
 * administrator must check, but not the server's address, because anyone may request a passcode.
 */
class PasscodeMailUnavailableException extends ApiException {

    /** The shortest wait sent, so that every response of this type carries Retry-After. */
    private static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);

    private final Duration retryAfter;

    PasscodeMailUnavailableException(MailServerUnavailableException cause) {
        super("The server could not send the passcode mail, because its mail (SMTP) server cannot be reached or "
                + "rejected the connection. Try again in a few minutes, or sign in with a passkey. If it keeps "
                + "failing, ask an administrator to check the SMTP settings CODEVAULT_MAIL_SMTP_HOST, "
                + "CODEVAULT_MAIL_SMTP_PORT and CODEVAULT_MAIL_SMTP_SECURITY, and the login in "
                + "CODEVAULT_MAIL_SMTP_USERNAME and CODEVAULT_MAIL_SMTP_PASSWORD.", cause);
        this.retryAfter = cause.retryAfter().compareTo(MIN_RETRY_AFTER) < 0 ? MIN_RETRY_AFTER : cause.retryAfter();
    }

    /** Returns the time until the server checks its SMTP server again, because until then it returns this failure. */
    @Override
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }

    @Override
    public String problemType() {
        return AuthApi.MAIL_UNAVAILABLE_PROBLEM;
    }

    @Override
    public String title() {
        return "Passcode mail not sent";
    }
}
