package dev.codevault.desktop.auth;

import dev.codevault.desktop.server.ServerAddress;

/** A sign-in that did not complete; the message is for the user and says what to do. */
public class SignInFailedException extends RuntimeException {

    public SignInFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns the failure of a sign-in on a server that is no longer the current one, because the user entered
     * another server address before the sign-in completed.
     */
    public static SignInFailedException serverChanged(ServerAddress server) {
        return new SignInFailedException("The server address changed during the sign-in, so the sign-in on " + server
                + " was not completed. Sign in again.", null);
    }
}
