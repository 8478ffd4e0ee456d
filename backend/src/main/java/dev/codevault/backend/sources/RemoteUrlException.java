package dev.codevault.backend.sources;

import dev.codevault.backend.error.ApiException;
import io.micronaut.http.HttpStatus;

/** A git remote URL that the server does not accept; the message names the URL's problem and what to send instead. */
public class RemoteUrlException extends ApiException {

    public RemoteUrlException(String message) {
        super(message);
    }

    public RemoteUrlException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String problemType() {
        return "git-url-rejected";
    }

    @Override
    public String title() {
        return "Git URL rejected";
    }
}
