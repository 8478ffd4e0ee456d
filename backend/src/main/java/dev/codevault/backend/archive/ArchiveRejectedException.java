package dev.codevault.backend.archive;

import dev.codevault.backend.error.ApiException;
import io.micronaut.http.HttpStatus;
import java.util.Locale;

/**
 * An uploaded archive that CodeVault will not import. The message names the offending entry or value and says what
 * to do; the reason tells the kind of problem apart for clients and tests.
 */
public class ArchiveRejectedException extends ApiException {

    /** Why an archive was rejected. */
    public enum Reason {
        UNSUPPORTED_FORMAT(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        CORRUPT(HttpStatus.BAD_REQUEST),
        TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE),
        TOO_MANY_ENTRIES(HttpStatus.BAD_REQUEST),
        EXPANSION_TOO_LARGE(HttpStatus.BAD_REQUEST),
        UNSAFE_PATH(HttpStatus.BAD_REQUEST),
        LINK(HttpStatus.BAD_REQUEST),
        SPECIAL_FILE(HttpStatus.BAD_REQUEST),
        DUPLICATE_ENTRY(HttpStatus.BAD_REQUEST),
        ENCRYPTED(HttpStatus.BAD_REQUEST),
        EMPTY(HttpStatus.BAD_REQUEST);

        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }
    }

    private final Reason reason;

    public ArchiveRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ArchiveRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Returns the kind of problem. */
    public Reason reason() {
        return reason;
    }

    @Override
    public HttpStatus status() {
        return reason.status;
    }

    @Override
    public String problemType() {
        return "archive-" + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String title() {
        return "Archive rejected";
    }
}
