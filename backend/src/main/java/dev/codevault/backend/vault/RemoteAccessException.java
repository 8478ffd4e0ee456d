package dev.codevault.backend.vault;

import dev.codevault.backend.error.ApiException;
import dev.codevault.backend.mirror.MirrorFailure;
import io.micronaut.http.HttpStatus;
import java.util.Locale;

/**
 * A git remote that could not be read with the given URL and credentials when a vault was created or its
 * credentials replaced. The problem type names the reason, such as {@code git-authentication}.
 */
public class RemoteAccessException extends ApiException {

    private final MirrorFailure.Reason reason;

    public RemoteAccessException(MirrorFailure failure) {
        super(failure.getMessage(), failure);
        this.reason = failure.reason();
    }

    /** Returns why the remote could not be read. */
    public MirrorFailure.Reason reason() {
        return reason;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String problemType() {
        return "git-" + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String title() {
        return "Git remote not readable";
    }
}
