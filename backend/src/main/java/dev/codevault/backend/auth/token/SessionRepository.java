package dev.codevault.backend.auth.token;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stores sessions in {@code sessions}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionRepository extends CrudRepository<SignInSession, UUID> {

    /** Returns the sessions of a person that were not ended, newest first. */
    List<SignInSession> findByUserIdAndEndedAtIsNullOrderByCreatedAtDesc(UUID userId);

    /** Ends a session unless it has ended already; returns the number of rows changed. */
    @Query("UPDATE sessions SET ended_at = :now WHERE id = :id AND ended_at IS NULL")
    long endRow(UUID id, Instant now);

    /** Ends every session of a person. */
    @Query("UPDATE sessions SET ended_at = :now WHERE user_id = :userId AND ended_at IS NULL")
    long endAllRows(UUID userId, Instant now);

    /** Records a refresh. */
    @Query("UPDATE sessions SET last_used_at = :now WHERE id = :id")
    long touchRow(UUID id, Instant now);
}
