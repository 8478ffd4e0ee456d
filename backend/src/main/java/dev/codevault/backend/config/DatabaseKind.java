package dev.codevault.backend.config;

import dev.codevault.backend.startup.StartupProblem;
import java.util.Locale;

/** The database products CodeVault runs on, told apart by the JDBC URL. */
public enum DatabaseKind {
    /** The H2 file database in MySQL mode under the data folder: the zero-setup default for one node. */
    EMBEDDED_H2,
    /** MySQL 8 or MariaDB 10.11 through MySQL Connector/J. */
    MYSQL;

    /**
     * Returns the kind of database a JDBC URL points at.
     *
     * @throws StartupProblem when the URL names a database CodeVault does not support
     */
    public static DatabaseKind of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return EMBEDDED_H2;
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        throw new StartupProblem("the database URL must start with jdbc:mysql: (MySQL 8 or MariaDB 10.11) or "
                + "jdbc:h2: (embedded); set DATASOURCES_DEFAULT_URL (datasources.default.url) accordingly.");
    }
}
