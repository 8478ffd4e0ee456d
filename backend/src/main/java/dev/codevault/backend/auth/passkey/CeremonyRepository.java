package dev.codevault.backend.auth.passkey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.UUID;

/** Stores WebAuthn challenges in {@code webauthn_ceremonies}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CeremonyRepository extends CrudRepository<Ceremony, UUID> {

    /** Uses up a challenge unless it was used already; returns the number of rows changed. */
    @Query("UPDATE webauthn_ceremonies SET consumed_at = :now WHERE id = :id AND consumed_at IS NULL")
    long consumeRow(UUID id, Instant now);
}
