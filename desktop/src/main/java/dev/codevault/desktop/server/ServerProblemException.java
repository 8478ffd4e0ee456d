package dev.codevault.desktop.server;

import dev.codevault.common.error.Problem;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/** An error response of the server to a streaming call, with its problem body when it sent one. */
public class ServerProblemException extends RuntimeException {

    private final int status;
    private final transient Problem problem;

    public ServerProblemException(int status, @Nullable Problem problem) {
        super("The server answered HTTP " + status + (problem == null ? "" : ": " + problem.detail()));
        this.status = status;
        this.problem = problem;
    }

    /** Returns the HTTP status code. */
    public int status() {
        return status;
    }

    /** Returns the problem body, or empty when the response had none. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
