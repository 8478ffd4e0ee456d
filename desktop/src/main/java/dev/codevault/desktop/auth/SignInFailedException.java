package dev.codevault.desktop.auth;

/** A sign-in that did not complete; the message is for the user and says what to do. */
public class SignInFailedException extends RuntimeException {

    public SignInFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
