package dev.codevault.backend.auth.passcode;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stores passcodes in {@code passcodes}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PasscodeRepository extends CrudRepository<Passcode, UUID> {

    /** Lists when the passcodes for an address were requested since a time, oldest first. */
    List<Instant> findCreatedAtByEmailAndCreatedAtGreaterThanOrderByCreatedAt(String email, Instant since);

    /** Lists when the passcodes from a client address were requested since a time, oldest first. */
    List<Instant> findCreatedAtByClientAddressAndCreatedAtGreaterThanOrderByCreatedAt(String clientAddress,
                                                                                      Instant since);

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
