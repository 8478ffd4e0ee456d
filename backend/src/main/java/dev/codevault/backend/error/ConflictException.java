package dev.codevault.backend.error;

import io.micronaut.http.HttpStatus;

/** A request that clashes with the current state, such as a second upload while one is importing. */
public class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String problemType() {
        return "conflict";
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
