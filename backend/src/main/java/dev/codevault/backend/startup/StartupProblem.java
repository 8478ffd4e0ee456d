package dev.codevault.backend.startup;

/**
 * A setting that keeps the server from starting. The message names the setting and says what to change, so it
 * can be shown to the operator as it is.
 */
public final class StartupProblem extends RuntimeException {

    public StartupProblem(String message) {
        super(message);
    }

    public StartupProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
