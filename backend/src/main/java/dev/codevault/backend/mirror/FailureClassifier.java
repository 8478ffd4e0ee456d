package dev.codevault.backend.mirror;

import dev.codevault.backend.mirror.MirrorFailure.Reason;
import dev.codevault.backend.sources.BlockedAddressException;
import dev.codevault.backend.sources.ReadContext;
import dev.codevault.backend.sources.RemoteUrl;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what JGit throws into a {@link MirrorFailure} with a message of our own. JGit's messages are not passed on,
 * because they can quote server paths; the rules below match the exceptions and messages of JGit 7.x.
 */
final class FailureClassifier {

    private static final Logger LOG = LoggerFactory.getLogger(FailureClassifier.class);
    /**
     * The user name and password part of a URL inside a message, such as {@code ://user:token@}. A password may
     * contain {@code /}, so the match runs to the last {@code @} before a space and may also cut a path.
     */
    private static final Pattern USER_INFO = Pattern.compile("://[^\\s]*@");

    private FailureClassifier() {
    }

    /**
     * Classifies a failure of a read of the remote and logs one that matches no known kind.
     *
     * @param stop            why the run's own monitor stopped it, or {@code null} when it did not
     * @param context         who read the remote, which decides the advice in the message
     * @param credentialGiven whether a login was sent
     */
    static MirrorFailure classify(Throwable failure, RemoteUrl url, FetchLimits limits, RunMonitor.Stop stop,
                                  ReadContext context, boolean credentialGiven) {
        if (stop == RunMonitor.Stop.TOO_LARGE) {
            return tooLarge(limits.maxRepositoryBytes());
        }
        if (stop == RunMonitor.Stop.DEADLINE) {
            return timedOutInTotal(failure, url, limits, context);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            MirrorFailure known = classifyOne(cause, url, limits, context, credentialGiven);
            if (known != null) {
                return known;
            }
        }
        LOG.warn("Reading a git remote on {} failed unexpectedly: {}", url.host(), chainOf(failure));
        return new MirrorFailure(Reason.OTHER, "Reading " + url + " failed " + unexpectedKind(failure) + ". "
                + FailureAdvice.unexpected(context), failure);
    }

    /** Describes an unrecognised failure in words; the log line above names its class for the administrator. */
    private static String unexpectedKind(Throwable failure) {
        if (failure instanceof TransportException) {
            return "while transferring data with the git server";
        }
        return "with an error that CodeVault does not recognise";
    }

    /** Returns the failure of a repository over the size limit. */
    static MirrorFailure tooLarge(long maxBytes) {
        return new MirrorFailure(Reason.TOO_LARGE, "The repository is larger than the limit of " + maxBytes
                + " bytes, so it was not mirrored. Ask your administrator to raise codevault.git.max-repository-bytes,"
                + " or mirror a smaller repository.");
    }

    private static MirrorFailure timedOutInTotal(Throwable failure, RemoteUrl url, FetchLimits limits,
                                                 ReadContext context) {
        String problem = "Reading " + url + " took longer than the limit of " + describe(limits.maxDuration()) + ".";
        if (context == ReadContext.COMMAND_LINE) {
            return new MirrorFailure(Reason.TIMED_OUT, problem + " Try again when the server is less busy, or "
                    + "analyse the folder of a clone.", failure);
        }
        return new MirrorFailure(Reason.TIMED_OUT, problem + " CodeVault tries again later; if the repository is "
                + "very large, ask your administrator to raise codevault.git.max-duration.", failure);
    }

    private static MirrorFailure classifyOne(Throwable cause, RemoteUrl url, FetchLimits limits, ReadContext context,
                                             boolean credentialGiven) {
        if (cause instanceof BlockedAddressException blocked) {
            return new MirrorFailure(Reason.BLOCKED_ADDRESS, blocked.advisedFor(context), cause);
        }
        if (cause instanceof DumbHttpException) {
            return new MirrorFailure(Reason.UNSUPPORTED_PROTOCOL, "The server of " + url + " does not speak git's "
                    + "smart HTTP protocol, which CodeVault needs: it serves the repository as plain files. Use the "
                    + "https URL that the hosting service shows for cloning.", cause);
        }
        if (cause instanceof NoRemoteRepositoryException) {
            String login = context == ReadContext.COMMAND_LINE && !credentialGiven
                    ? " For a private repository, set CODEVAULT_GIT_USERNAME and CODEVAULT_GIT_TOKEN." : "";
            return new MirrorFailure(Reason.NOT_FOUND, "The repository " + url + " was not found. Check the URL; "
                    + "a private repository also looks missing when the credentials cannot read it." + login, cause);
        }
        if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
            return new MirrorFailure(Reason.TIMED_OUT, "The git server " + url.host() + " sent no data for "
                    + describe(limits.idleTimeout()) + ", so the read timed out. " + FailureAdvice.tryAgain(context),
                    cause);
        }
        if (cause instanceof UnknownHostException) {
            String advice = context == ReadContext.MIRROR_RUN ? "Check the repository URL. CodeVault tries again "
                    + "later in case the name server failed." : FailureAdvice.tryAgain(context);
            return new MirrorFailure(Reason.UNREACHABLE, "The host " + url.host() + " was not found. " + advice,
                    cause);
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return new MirrorFailure(Reason.UNREACHABLE, "The git server " + url.host() + " cannot be reached: the "
                    + "connection was refused or there is no route to it. " + FailureAdvice.tryAgain(context), cause);
        }
        if (cause instanceof SSLException) {
            return new MirrorFailure(Reason.UNREACHABLE, "The TLS connection to " + url.host() + " failed: its "
                    + "certificate is not trusted or the handshake failed. " + FailureAdvice.checkTrust(context),
                    cause);
        }
        if (cause instanceof TransportException && isAuthentication(cause.getMessage())) {
            return authentication(cause, url, context, credentialGiven);
        }
        return null;
    }

    private static MirrorFailure authentication(Throwable cause, RemoteUrl url, ReadContext context,
                                                boolean credentialGiven) {
        if (!credentialGiven) {
            return new MirrorFailure(Reason.AUTHENTICATION, "The repository " + url + " needs a user name and "
                    + "token, and none were given. " + FailureAdvice.giveCredentials(context), cause);
        }
        return new MirrorFailure(Reason.AUTHENTICATION, "The git server rejected the credentials for " + url + ". "
                + FailureAdvice.replaceCredentials(context), cause);
    }

    /** Describes an unexpected failure for the log by the classes and messages of its chain, without the URL's login. */
    private static String chainOf(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(", caused by ");
            }
            text.append(cause.getClass().getName());
            if (cause.getMessage() != null) {
                text.append(": ").append(USER_INFO.matcher(cause.getMessage()).replaceAll("://"));
            }
        }
        return text.toString();
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
