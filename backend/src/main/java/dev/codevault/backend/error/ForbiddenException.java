package dev.codevault.backend.error;

import io.micronaut.http.HttpStatus;

/** An action that the caller's role in a team does not allow. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }

    @Override
    public String problemType() {
        return "forbidden";
    }

    @Override
    public String title() {
        return "Not allowed";
    }
}
