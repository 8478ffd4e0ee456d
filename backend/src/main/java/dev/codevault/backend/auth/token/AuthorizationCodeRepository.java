package dev.codevault.backend.auth.token;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores one-time codes in {@code authorization_codes}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuthorizationCodeRepository extends CrudRepository<AuthorizationCode, UUID> {

    /** Finds a code by the SHA-256 of its text. */
    Optional<AuthorizationCode> findByCodeHash(byte[] codeHash);

    /** Marks a code as used unless another request used it first; returns the number of rows changed. */
    @Query("UPDATE authorization_codes SET consumed_at = :now WHERE id = :id AND consumed_at IS NULL")
    long consumeRow(UUID id, Instant now);
}
