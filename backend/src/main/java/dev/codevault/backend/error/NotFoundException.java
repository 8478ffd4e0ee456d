package dev.codevault.backend.error;

import io.micronaut.http.HttpStatus;
import java.util.UUID;

/**
 * A resource that does not exist, or that belongs to a team the caller is not a member of: the two look the same
 * from outside, so ids of other teams reveal nothing.
 */
public class NotFoundException extends ApiException {

    private final UUID id;

    public NotFoundException(String kind, UUID id) {
        super("No " + kind + " with the id " + id + " exists, or it belongs to a team you are not a member of.");
        this.id = id;
    }

    /** Returns the id that was not found. */
    public UUID id() {
        return id;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String problemType() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Not found";
    }
}
