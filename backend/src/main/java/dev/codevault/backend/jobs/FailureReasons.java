package dev.codevault.backend.jobs;

import dev.codevault.backend.archive.ArchiveRejectedException;
import dev.codevault.backend.mirror.MirrorFailure;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Describes why a job failed in words that are safe to store and show: exception messages can quote paths inside
 * the vault or on the server, so only the kind of failure is named.
 */
final class FailureReasons {

    private FailureReasons() {
    }

    /** Returns a short phrase for the failure, such as "a storage error". */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MirrorFailure mirrorFailure) {
                return "a failure to read the git remote (" + mirrorFailure.reason() + ")";
            }
            if (cause instanceof ArchiveRejectedException rejected) {
                return "the archive was rejected (" + rejected.problemType() + ")";
            }
            if (cause instanceof OutOfMemoryError) {
                return "the server ran out of memory";
            }
            if (cause instanceof IOException || cause instanceof UncheckedIOException) {
                return "a storage error on the server";
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return "an internal error";
    }
}
