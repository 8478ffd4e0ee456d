package dev.codevault.backend.auth;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes sign-in rows that can no longer be used: expired passcodes, challenges and authorization codes a day
 * after they expire (the passcode rate limits look back less than that), refresh tokens a week after they expire,
 * and sessions, with their refresh tokens, 30 days after they ended or expired.
 */
@Singleton
public class SignInPurge {

    private static final Logger LOG = LoggerFactory.getLogger(SignInPurge.class);
    private static final Duration SHORT_LIVED_GRACE = Duration.ofDays(1);
    private static final Duration REFRESH_TOKEN_GRACE = Duration.ofDays(7);
    private static final Duration SESSION_GRACE = Duration.ofDays(30);

    private final JdbcOperations jdbc;
    private final Clock clock;

    SignInPurge(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Deletes every row past its grace period.
     *
     * @return the rows deleted per table
     */
    @Transactional
    public Map<String, Integer> purge() {
        Instant now = clock.instant();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("passcodes", delete("DELETE FROM passcodes WHERE expires_at < ?", now.minus(SHORT_LIVED_GRACE)));
        deleted.put("webauthn_ceremonies", delete("DELETE FROM webauthn_ceremonies WHERE expires_at < ?",
                now.minus(SHORT_LIVED_GRACE)));
        deleted.put("authorization_codes", delete("DELETE FROM authorization_codes WHERE expires_at < ?",
                now.minus(SHORT_LIVED_GRACE)));
        deleted.put("refresh_tokens", delete("DELETE FROM refresh_tokens WHERE expires_at < ?",
                now.minus(REFRESH_TOKEN_GRACE)));
        Instant sessionCutoff = now.minus(SESSION_GRACE);
        deleted.put("sessions", delete("DELETE FROM sessions WHERE ended_at < ? OR expires_at < ?", sessionCutoff,
                sessionCutoff));
        if (deleted.values().stream().anyMatch(count -> count > 0)) {
            LOG.info("Purged expired sign-in rows: {}", deleted);
        }
        return deleted;
    }

    private int delete(String sql, Instant... cutoffs) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < cutoffs.length; i++) {
                statement.setObject(i + 1, LocalDateTime.ofInstant(cutoffs[i], ZoneOffset.UTC));
            }
            return statement.executeUpdate();
        });
    }
}
