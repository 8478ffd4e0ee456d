package dev.codevault.backend.auth.token;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores refresh tokens in {@code refresh_tokens}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, UUID> {

    /** Finds a token by the SHA-256 of its text. */
    Optional<RefreshToken> findByTokenHash(byte[] tokenHash);

    /** Marks a token as used unless another request used it first; returns the number of rows changed. */
    @Query("UPDATE refresh_tokens SET replaced_at = :now WHERE id = :id AND replaced_at IS NULL")
    long replaceRow(UUID id, Instant now);
}
