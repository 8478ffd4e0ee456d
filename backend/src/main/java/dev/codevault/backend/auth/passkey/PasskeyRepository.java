package dev.codevault.backend.auth.passkey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores passkeys in {@code passkeys}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PasskeyRepository extends CrudRepository<Passkey, UUID> {

    /** Finds a passkey by the SHA-256 of its credential id. */
    Optional<Passkey> findByCredentialKey(byte[] credentialKey);

    /** Returns the passkeys of a person, oldest first. */
    List<Passkey> findByUserIdOrderByCreatedAt(UUID userId);

    /** Finds a passkey of a person. */
    Optional<Passkey> findByIdAndUserId(UUID id, UUID userId);

    /**
     * Records a sign-in if the counter did not move since it was read. Two concurrent sign-ins therefore cannot both
     * advance it.
     *
     * @return the number of rows changed: 0 when another sign-in came first
     */
    @Query("UPDATE passkeys SET sign_count = :newCount, uv_initialized = :uvInitialized, backed_up = :backedUp, "
            + "last_used_at = :now WHERE id = :id AND sign_count = :oldCount")
    long recordUse(UUID id, long oldCount, long newCount, boolean uvInitialized, boolean backedUp, Instant now);
}
