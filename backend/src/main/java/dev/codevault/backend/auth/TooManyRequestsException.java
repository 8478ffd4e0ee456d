package dev.codevault.backend.auth;

import dev.codevault.backend.error.ApiException;
import io.micronaut.http.HttpStatus;

/** A request over a rate limit; the message states how long to wait. */
public class TooManyRequestsException extends ApiException {

    public TooManyRequestsException(String message) {
        super(message);
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
