package dev.codevault.backend.crypto;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/** The ids of the master keys that data in this database was sealed with, kept in {@code master_keys}. */
@Singleton
class MasterKeyLedger {

    private final DataSource dataSource;

    MasterKeyLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns the ids of every master key recorded so far. */
    Set<String> knownKeyIds() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT key_id FROM master_keys");
             ResultSet rows = select.executeQuery()) {
            Set<String> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the master key ids failed", e);
        }
    }

    /** Records a key id as used by this database. */
    void record(String keyId, Instant at) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO master_keys (key_id, created_at) VALUES (?, ?)")) {
            insert.setString(1, keyId);
            insert.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording master key " + keyId + " failed", e);
        }
    }
}
