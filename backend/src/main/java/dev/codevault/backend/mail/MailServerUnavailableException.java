package dev.codevault.backend.mail;

/**
 * The SMTP server could not be reached, or it rejected the connection or the login. The message names the server
 * for the log. It is not meant for people without access to the server's settings.
 */
public class MailServerUnavailableException extends RuntimeException {

    MailServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
