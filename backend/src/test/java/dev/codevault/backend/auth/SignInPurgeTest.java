package dev.codevault.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.persistence.UuidBytesConverter;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.TestAccounts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Expired sign-in rows are deleted once past their grace period; live ones stay. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInPurgeTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    SignInPurge purge;

    @Inject
    TestAccounts accounts;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.put("codevault.data-dir", TempFolders.create("codevault-purge").toString());
        properties.put("codevault.jobs.worker-enabled", "false");
        return properties;
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void deletesOnlyRowsPastTheirGracePeriod() throws Exception {
        Instant now = Instant.now();
        insertPasscode("old@example.com", now.minus(Duration.ofDays(2)));
        insertPasscode("fresh@example.com", now.plus(Duration.ofMinutes(5)));
        User user = accounts.createUser();
        insertSession(user, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(31)));
        insertSession(user, now.minus(Duration.ofDays(1)), null);

        Map<String, Integer> deleted = purge.purge();

        assertThat(deleted).containsEntry("passcodes", 1).containsEntry("sessions", 1);
        assertThat(count("SELECT COUNT(*) FROM passcodes WHERE email = 'fresh@example.com'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sessions")).isEqualTo(1);
    }

    private void insertPasscode(String email, Instant expiresAt) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO passcodes (id, email, code_hash, "
                     + "client_address, created_at, expires_at, failed_attempts) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
            insert.setBytes(1, UuidBytesConverter.toBytes(UUID.randomUUID()));
            insert.setString(2, email);
            insert.setBytes(3, new byte[32]);
            insert.setString(4, "127.0.0.1");
            insert.setObject(5, utc(expiresAt.minus(Duration.ofMinutes(10))));
            insert.setObject(6, utc(expiresAt));
            insert.executeUpdate();
        }
    }

    private void insertSession(User user, Instant expiresAt, Instant endedAt) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO sessions (id, user_id, "
                     + "sign_in_method, client, created_at, last_used_at, expires_at, ended_at) "
                     + "VALUES (?, ?, 'PASSCODE', 'test', ?, ?, ?, ?)")) {
            insert.setBytes(1, UuidBytesConverter.toBytes(UUID.randomUUID()));
            insert.setBytes(2, UuidBytesConverter.toBytes(user.id()));
            insert.setObject(3, utc(expiresAt.minus(Duration.ofDays(90))));
            insert.setObject(4, utc(expiresAt.minus(Duration.ofDays(1))));
            insert.setObject(5, utc(expiresAt));
            insert.setObject(6, endedAt == null ? null : utc(endedAt));
            insert.executeUpdate();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
