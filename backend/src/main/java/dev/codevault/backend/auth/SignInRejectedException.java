package dev.codevault.backend.auth;

import dev.codevault.backend.error.ApiException;
import io.micronaut.http.HttpStatus;

/**
 * A passcode, passkey, code or refresh token that is not accepted. The message states what to do next and never
 * reveals whether an email address has an account.
 */
public class SignInRejectedException extends ApiException {

    public SignInRejectedException(String message) {
        super(message);
    }

    public SignInRejectedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNAUTHORIZED;
    }

    @Override
    public String problemType() {
        return "sign-in-rejected";
    }

    @Override
    public String title() {
        return "Sign-in rejected";
    }
}
