package dev.codevault.backend.startup;

import io.micronaut.core.annotation.Nullable;
import java.net.BindException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;

/** Turns an exception thrown while the server starts into one sentence that names the setting to change. */
public final class StartupFailures {

    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private StartupFailures() {
    }

    /**
     * Explains why the server did not start.
     *
     * @param failure  what the start threw
     * @param settings the configuration the server tried to start with, used to quote the values involved
     * @return a message for the operator; it quotes no password
     */
    public static String explain(Throwable failure, StartupSettings settings) {
        Optional<StartupProblem> problem = find(failure, StartupProblem.class, any -> true);
        if (problem.isPresent()) {
            return problem.get().getMessage();
        }
        Optional<BindException> bind = find(failure, BindException.class, any -> true);
        if (bind.isPresent()) {
            return portInUse(settings, bind.get());
        }
        if (find(failure, SQLException.class, e -> e.getErrorCode() == H2_DATABASE_ALREADY_OPEN).isPresent()) {
            return "the embedded database in the data folder is open in another CodeVault server. Stop that server, "
                    + "or set CODEVAULT_DATA_DIR (codevault.data-dir) to another folder.";
        }
        Optional<SQLException> sql = find(failure, SQLException.class, any -> true);
        if (sql.isPresent()) {
            return explainDatabase(settings, sql.get());
        }
        Throwable root = rootCause(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage()
                + ". Run with the logger dev.codevault at DEBUG for the stack trace.";
    }

    /** Explains that the configured port cannot be bound. */
    static String portInUse(StartupSettings settings, Exception failure) {
        return "port " + settings.port() + " on " + settings.host() + " is not available ("
                + failure.getMessage() + "). "
                + "Stop the program that uses it, or set MICRONAUT_SERVER_PORT (micronaut.server.port) to a free port.";
    }

    private static String explainDatabase(StartupSettings settings, SQLException failure) {
        return "cannot use the database at " + withoutSecrets(settings.databaseUrl()) + ": "
                + firstLine(rootCause(failure).getMessage()) + ". "
                + "Check DATASOURCES_DEFAULT_URL (datasources.default.url), DATASOURCES_DEFAULT_USERNAME and "
                + "DATASOURCES_DEFAULT_PASSWORD, and that the database server is running.";
    }

    /** Drops the query string and any user information, where JDBC URLs may carry passwords. */
    static String withoutSecrets(String jdbcUrl) {
        String url = jdbcUrl;
        int query = url.indexOf('?');
        if (query >= 0) {
            url = url.substring(0, query);
        }
        int semicolon = url.indexOf(';');
        if (semicolon >= 0) {
            url = url.substring(0, semicolon);
        }
        int at = url.lastIndexOf('@');
        int hostStart = url.indexOf("//");
        if (at >= 0 && hostStart >= 0 && at > hostStart) {
            url = url.substring(0, hostStart + 2) + url.substring(at + 1);
        }
        return url;
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type, Predicate<T> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause) && test.test(type.cast(cause))) {
                return Optional.of(type.cast(cause));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
