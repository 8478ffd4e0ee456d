package dev.codevault.backend.auth.passcode;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.UUID;

/** Stores passcodes in {@code passcodes}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PasscodeRepository extends CrudRepository<Passcode, UUID> {

    /** Counts the passcodes requested for an address since a time. */
    long countByEmailAndCreatedAtGreaterThan(String email, Instant since);

    /** Counts the passcodes requested from a client address since a time. */
    long countByClientAddressAndCreatedAtGreaterThan(String clientAddress, Instant since);

    /** Voids the open passcodes of an address, so only the newest one is accepted. */
    @Query("UPDATE passcodes SET consumed_at = :now WHERE email = :email AND consumed_at IS NULL")
    long voidOpen(String email, Instant now);

    /**
     * Counts one attempt if the passcode is open, unexpired and has attempts left. Counting happens before the code is
     * compared, so concurrent guesses cannot exceed the limit.
     *
     * @return the number of rows changed: 1 when the attempt may go ahead
     */
    @Query("UPDATE passcodes SET failed_attempts = failed_attempts + 1 WHERE id = :id AND consumed_at IS NULL "
            + "AND expires_at > :now AND failed_attempts < :maxAttempts")
    long countAttempt(UUID id, Instant now, int maxAttempts);

    /** Closes a passcode unless it is closed already; returns the number of rows changed. */
    @Query("UPDATE passcodes SET consumed_at = :now WHERE id = :id AND consumed_at IS NULL")
    long consume(UUID id, Instant now);
}
