package dev.codevault.backend.error;

import dev.codevault.common.error.Problem;
import io.micronaut.http.HttpStatus;
import java.time.Duration;

/**
 * A request that cannot be served for a reason the caller can act on. {@link ApiExceptionHandler} turns every
 * subclass into a {@link Problem} with the subclass's status, type and title, and the exception message as detail,
 * so the message must say what failed and what to do, and never quote a secret or a vault path.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message);
    }

    protected ApiException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Returns the HTTP status of the response. */
    public abstract HttpStatus status();

    /** Returns the name of the problem type, appended to {@link Problem#TYPE_PREFIX}. */
    public abstract String problemType();

    /** Returns the short summary of the problem type, the same for every occurrence. */
    public abstract String title();

    /** Returns how long the caller should wait before it sends the request again, or zero if waiting is no help. */
    public Duration retryAfter() {
        return Duration.ZERO;
    }
}
