package dev.codevault.backend.auth.passcode;

import dev.codevault.backend.error.ApiException;
import dev.codevault.common.auth.AuthApi;
import io.micronaut.http.HttpStatus;

/**
 * The passcode mail cannot be sent because the SMTP server cannot be used. The message names the settings an
 * administrator must check, but not the server's address, because anyone may request a passcode.
 */
class PasscodeMailUnavailableException extends ApiException {

    PasscodeMailUnavailableException(Throwable cause) {
        super("The server could not send the passcode mail, because its mail (SMTP) server cannot be reached or "
                + "rejected the connection. Try again in a few minutes, or sign in with a passkey. If it keeps "
                + "failing, ask an administrator to check the SMTP settings CODEVAULT_MAIL_SMTP_HOST, "
                + "CODEVAULT_MAIL_SMTP_PORT and CODEVAULT_MAIL_SMTP_SECURITY, and the login in "
                + "CODEVAULT_MAIL_SMTP_USERNAME and CODEVAULT_MAIL_SMTP_PASSWORD.", cause);
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
