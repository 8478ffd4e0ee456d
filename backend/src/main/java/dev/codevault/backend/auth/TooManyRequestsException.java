package dev.codevault.backend.auth;

import dev.codevault.backend.error.ApiException;
import io.micronaut.http.HttpStatus;
import java.time.Duration;

/** A request over a rate limit. The message states how long to wait, and the Retry-After header carries it too. */
public class TooManyRequestsException extends ApiException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.TOO_MANY_REQUESTS;
    }

    @Override
    public String problemType() {
        return "too-many-requests";
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
