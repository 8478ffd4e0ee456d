package dev.codevault.backend.system;

import dev.codevault.backend.config.DataFolders;
import dev.codevault.common.api.HealthCheck;
import dev.codevault.common.api.HealthReport;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks that the database responds and that the storage folder can be written. */
@Singleton
public class HealthChecks {

    private static final Logger LOG = LoggerFactory.getLogger(HealthChecks.class);
    private static final int DATABASE_TIMEOUT_SECONDS = 3;

    private final DataSource dataSource;
    private final DataFolders folders;

    HealthChecks(DataSource dataSource, DataFolders folders) {
        // The pool itself, not the transaction-aware proxy, so the check opens a connection of its own.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.folders = folders;
    }

    /** Runs every check; blocks for at most a few seconds. */
    public HealthReport check() {
        return HealthReport.of(List.of(database(), storage()));
    }

    private HealthCheck database() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(DATABASE_TIMEOUT_SECONDS)) {
                return HealthCheck.up("database");
            }
            return HealthCheck.down("database", "The database did not answer within "
                    + DATABASE_TIMEOUT_SECONDS + " seconds.");
        } catch (SQLException e) {
            LOG.warn("Health check: the database is not reachable: {}", e.getMessage());
            return HealthCheck.down("database", "The database is not reachable. Check that the database server "
                    + "runs and that datasources.default.url is right; the server log has the reason.");
        }
    }

    private HealthCheck storage() {
        Path storage = folders.storageDir();
        try {
            Path probe = Files.createTempFile(storage, ".health", ".tmp");
            Files.delete(probe);
            return HealthCheck.up("storage");
        } catch (IOException | SecurityException e) {
            LOG.warn("Health check: the storage folder cannot be written: {}", e.getClass().getSimpleName());
            return HealthCheck.down("storage", "The storage folder cannot be written. Check its permissions and "
                    + "free space; the server log has the reason.");
        }
    }
}
