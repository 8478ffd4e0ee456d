package dev.codevault.backend.error;

import io.micronaut.http.HttpStatus;

/** A request whose content the server rejects; the message names the value and says what to send instead. */
public class InvalidRequestException extends ApiException {

    public InvalidRequestException(String message) {
        super(message);
    }

    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String problemType() {
        return "invalid-request";
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
