package dev.codevault.backend.mirror;

/**
 * A read of a git remote that failed, with a message safe to store and show: it names the URL or host and what to
 * do, and never a credential, a server path or JGit's own text.
 */
public class MirrorFailure extends RuntimeException {

    /** The kinds of failure, each with its own message and retry rule. */
    public enum Reason {
        /** The server rejected the credentials, or they lack read access. */
        AUTHENTICATION(false),
        /** The repository does not exist, or the credentials cannot see it. */
        NOT_FOUND(false),
        /** The configured branch is not on the remote. */
        BRANCH_NOT_FOUND(false),
        /** The host is unknown, refused the connection, or the TLS handshake failed. */
        UNREACHABLE(true),
        /** The server stopped sending data, or the run passed its total time limit. */
        TIMED_OUT(true),
        /** The repository grew past the size limit. */
        TOO_LARGE(false),
        /** The host resolved to an address the network policy does not allow. */
        BLOCKED_ADDRESS(false),
        /** The server serves the repository as plain files (git's dumb HTTP protocol), not with smart HTTP. */
        UNSUPPORTED_PROTOCOL(false),
        /** Anything else, such as a protocol error or a storage failure. */
        OTHER(true);

        private final boolean retryable;

        Reason(boolean retryable) {
            this.retryable = retryable;
        }

        /** Returns whether trying again later can succeed without anyone changing a setting. */
        public boolean retryable() {
            return retryable;
        }
    }

    private final Reason reason;

    public MirrorFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public MirrorFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Returns the kind of failure. */
    public Reason reason() {
        return reason;
    }
}
