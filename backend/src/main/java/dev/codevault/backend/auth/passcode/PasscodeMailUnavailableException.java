package dev.codevault.backend.auth.passcode;

import dev.codevault.backend.error.ApiException;
import dev.codevault.backend.mail.MailServerUnavailableException;
import dev.codevault.common.auth.AuthApi;
import io.micronaut.http.HttpStatus;
import java.time.Duration;

/**
 * The passcode mail cannot be sent because the SMTP server cannot be used. The message is for the person who
 * requested the passcode, so it names neither the SMTP server nor the settings, which the server's log names.
 */
class PasscodeMailUnavailableException extends ApiException {

    /** The shortest wait sent, so that every response of this type carries Retry-After. */
    private static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);

    private final Duration retryAfter;

    PasscodeMailUnavailableException(MailServerUnavailableException cause) {
        super("This server cannot send mail right now, so no passcode was sent. Try again in a few seconds, or "
                + "sign in with a passkey. If it keeps happening, ask your administrator to check the server's mail "
                + "settings.", cause);
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
