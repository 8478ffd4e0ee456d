package dev.codevault.backend.mirror;

import dev.codevault.backend.mirror.MirrorFailure.Reason;
import dev.codevault.backend.sources.BlockedAddressException;
import dev.codevault.backend.sources.RemoteUrl;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.TransportException;

/**
 * Turns what JGit throws into a {@link MirrorFailure} with a message of our own. JGit's messages are not passed on,
 * because they can quote server paths; the rules below match the exceptions and messages of JGit 7.x.
 */
final class FailureClassifier {

    private FailureClassifier() {
    }

    /**
     * Classifies a failure of a read of the remote.
     *
     * @param stop why the run's own monitor stopped it, or {@code null} when it did not
     */
    static MirrorFailure classify(Throwable failure, RemoteUrl url, FetchLimits limits, RunMonitor.Stop stop) {
        if (stop == RunMonitor.Stop.TOO_LARGE) {
            return tooLarge(limits.maxRepositoryBytes());
        }
        if (stop == RunMonitor.Stop.DEADLINE) {
            return new MirrorFailure(Reason.TIMED_OUT, "Reading " + url + " took longer than the limit of "
                    + describe(limits.maxDuration()) + ". CodeVault tries again later; if the repository is very "
                    + "large, ask your administrator to raise codevault.git.max-duration.", failure);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            MirrorFailure known = classifyOne(cause, url, limits);
            if (known != null) {
                return known;
            }
        }
        return new MirrorFailure(Reason.OTHER, "Reading " + url + " failed (" + failure.getClass().getSimpleName()
                + "). CodeVault tries again later; if it keeps failing, ask your administrator to check the server "
                + "log.", failure);
    }

    /** Returns the failure of a repository over the size limit. */
    static MirrorFailure tooLarge(long maxBytes) {
        return new MirrorFailure(Reason.TOO_LARGE, "The repository is larger than the limit of " + maxBytes
                + " bytes, so it was not mirrored. Ask your administrator to raise codevault.git.max-repository-bytes,"
                + " or mirror a smaller repository.");
    }

    private static MirrorFailure classifyOne(Throwable cause, RemoteUrl url, FetchLimits limits) {
        if (cause instanceof BlockedAddressException blocked) {
            return new MirrorFailure(Reason.BLOCKED_ADDRESS, blocked.getMessage(), cause);
        }
        if (cause instanceof NoRemoteRepositoryException) {
            return new MirrorFailure(Reason.NOT_FOUND, "The repository " + url + " was not found. Check the URL; "
                    + "a private repository also looks missing when the credentials cannot read it.", cause);
        }
        if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
            return new MirrorFailure(Reason.TIMED_OUT, "The git server " + url.host() + " sent no data for "
                    + describe(limits.idleTimeout()) + ", so the read timed out. CodeVault tries again later.",
                    cause);
        }
        if (cause instanceof UnknownHostException) {
            return new MirrorFailure(Reason.UNREACHABLE, "The host " + url.host() + " was not found. Check the "
                    + "repository URL; CodeVault tries again later in case the name server failed.", cause);
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return new MirrorFailure(Reason.UNREACHABLE, "The git server " + url.host() + " cannot be reached: the "
                    + "connection was refused or there is no route to it. CodeVault tries again later.", cause);
        }
        if (cause instanceof SSLException) {
            return new MirrorFailure(Reason.UNREACHABLE, "The TLS connection to " + url.host() + " failed: its "
                    + "certificate is not trusted or the handshake failed. Ask your administrator to check the "
                    + "server's trust store.", cause);
        }
        if (cause instanceof TransportException && isAuthentication(cause.getMessage())) {
            return new MirrorFailure(Reason.AUTHENTICATION, "The git server rejected the credentials for " + url
                    + ". Replace the token (it may have expired, been revoked, or lack read access to the "
                    + "repository), then press Update code.", cause);
        }
        return null;
    }

    /** Matches JGit's "not authorized", "Authentication is required ..." and "... not permitted" messages. */
    private static boolean isAuthentication(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("not authorized") || lower.contains("authentication is required")
                || lower.contains("authentication not supported") || lower.contains("not permitted");
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 && seconds >= 60 ? seconds / 60 + " minutes" : seconds + " seconds";
    }
}
