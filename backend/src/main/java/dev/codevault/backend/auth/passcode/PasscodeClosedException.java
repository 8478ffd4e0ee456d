package dev.codevault.backend.auth.passcode;

import dev.codevault.backend.auth.SignInRejectedException;
import dev.codevault.common.auth.AuthApi;

/**
 * A passcode that no longer works, so only a new passcode can sign in: it was used, replaced by a newer one,
 * expired, ran out of attempts or never existed. Its problem type lets a client offer to send a new passcode.
 */
public class PasscodeClosedException extends SignInRejectedException {

    public PasscodeClosedException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return AuthApi.PASSCODE_CLOSED_PROBLEM;
    }

    @Override
    public String title() {
        return "Passcode no longer valid";
    }
}
