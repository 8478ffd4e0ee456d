package dev.codevault.desktop.errors;

/** A failure whose message is written for the user: it states what is wrong and what to do. */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
