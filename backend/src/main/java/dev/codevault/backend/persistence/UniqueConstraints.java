package dev.codevault.backend.persistence;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises a failed write that broke a named unique constraint, on MySQL, MariaDB and H2. */
public final class UniqueConstraints {

    /** The class of the SQL states of integrity constraint violations: 23000 on MySQL and MariaDB, 23505 on H2. */
    private static final String INTEGRITY_CLASS = "23";

    private UniqueConstraints() {
    }

    /**
     * Returns whether the failure, or one of its causes, is a database error that names the constraint. MySQL and
     * MariaDB name the violated key in the message, and H2 names the constraint's index.
     */
    public static boolean violated(Throwable failure, String constraint) {
        String name = constraint.toLowerCase(Locale.ROOT);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CLASS) && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
