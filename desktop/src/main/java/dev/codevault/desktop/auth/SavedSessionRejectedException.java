package dev.codevault.desktop.auth;

import dev.codevault.desktop.errors.UserFacingException;

/** The server no longer accepts the session saved at the last run, so the user must sign in again. */
public class SavedSessionRejectedException extends UserFacingException {

    public SavedSessionRejectedException(int status) {
        super("Your saved session is no longer valid on the server (HTTP " + status + "). Sign in again.");
    }
}
