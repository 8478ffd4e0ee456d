package dev.codevault.desktop.errors;

import dev.codevault.common.error.Problem;
import dev.codevault.desktop.auth.SignInFailedException;
import dev.codevault.desktop.server.ServerProblemException;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/** Turns a failure into what the user reads: the server's problem detail where it sent one, else a plain sentence. */
public final class ErrorDescriptions {

    private ErrorDescriptions() {
    }

    /**
     * Describes a failed action.
     *
     * @param action the action in the form "Uploading app.zip", without a full stop
     */
    public static PresentedError describe(String action, Throwable failure) {
        return new PresentedError(action + " failed.", whatToDo(unwrap(failure)));
    }

    /** Returns what to do about a failure, in one or two sentences. */
    public static String whatToDo(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof HttpClientResponseException response) {
            Optional<Problem> problem = response.getResponse().getBody(Problem.class);
            return forStatus(response.code(), problem);
        }
        if (cause instanceof ServerProblemException problem) {
            return forStatus(problem.status(), problem.problem());
        }
        if (cause instanceof NoSuchFileException missing) {
            return "The file " + missing.getFile() + " no longer exists. Choose it again, or choose another file.";
        }
        if (cause instanceof AccessDeniedException denied) {
            return "The file " + denied.getFile() + " cannot be read with your permissions. Choose another file, or "
                    + "change its permissions.";
        }
        if (isConnectionFailure(cause)) {
            return whyUnreachable(cause, null);
        }
        if (cause instanceof SignInFailedException || cause instanceof UserFacingException) {
            return cause.getMessage();
        }
        return "Something unexpected went wrong (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + "). Try again; if it happens again, send the app's log to your administrator.";
    }

    /**
     * Returns whether a failure means that no response came from the server: the connection failed or broke off.
     * A local file that is missing or unreadable does not count.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof HttpClientResponseException || cause instanceof NoSuchFileException
                || cause instanceof AccessDeniedException) {
            return false;
        }
        return cause instanceof HttpClientException || cause instanceof IOException;
    }

    /**
     * Describes in words why no response came from a server, without the client library's exception text.
     *
     * @param server the server's address, or {@code null} when the caller does not know it
     */
    public static String whyUnreachable(Throwable failure, String server) {
        String subject = server == null ? "Cannot reach the server" : "Cannot reach the server at " + server;
        if (inChain(failure, UnknownHostException.class, "UnknownHost")) {
            return subject + ": its name cannot be found. Check the address and your network connection.";
        }
        if (inChain(failure, ConnectException.class, "Connection refused")) {
            return subject + ": it refused the connection. Check that the server runs and that the address is right.";
        }
        if (inChain(failure, SocketTimeoutException.class, "timed out") || inChain(failure, TimeoutException.class,
                "Timeout")) {
            return subject + ": it did not answer in time. Check your network connection and that the server runs, "
                    + "then try again.";
        }
        return subject + ". Check your network connection and that the server runs, then try again.";
    }

    /** Returns whether the failure or one of its causes has the type or a message that contains the text. */
    private static boolean inChain(Throwable failure, Class<? extends Throwable> type, String text) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause) || (cause.getMessage() != null && cause.getMessage().contains(text))) {
                return true;
            }
        }
        return false;
    }

    private static String forStatus(int status, Optional<Problem> problem) {
        Optional<String> detail = problem.map(Problem::detail).filter(text -> !text.isBlank());
        if (detail.isPresent()) {
            return detail.get();
        }
        return switch (status) {
            case 401 -> "Your session ended. Sign in again.";
            case 403 -> "Your role in this team does not allow this. Ask an admin of the team.";
            case 404 -> "It no longer exists, or your team no longer has access to it. Refresh the list.";
            case 413 -> "The file is larger than the server accepts. Ask your administrator for the limit.";
            default -> "The server answered HTTP " + status + ". Try again; if it happens again, ask your "
                    + "administrator to look at the server's log.";
        };
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof UncheckedIOException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
