package dev.codevault.backend.auth.passcode;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One emailed passcode; the code itself is never stored.
 *
 * @param id             the attempt id the client sends back with the code
 * @param email          the normalised address it was requested for
 * @param codeHash       HMAC-SHA256 of the attempt id and the code, under a key derived from the master key
 * @param clientAddress  the address that requested it, for the rate limit
 * @param createdAt      when it was requested
 * @param expiresAt      when it stops being accepted
 * @param failedAttempts the codes tried so far, counted before each comparison
 * @param consumedAt     when it was used, replaced by a newer passcode or voided by too many attempts
 */
@MappedEntity("passcodes")
record Passcode(@Id @BinaryUuid UUID id, String email, byte[] codeHash, String clientAddress, Instant createdAt,
                Instant expiresAt, int failedAttempts, @Nullable Instant consumedAt) {
}
