package dev.codevault.backend.auth.token;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token of a session; the token itself is never stored.
 *
 * @param id         random id
 * @param sessionId  the session it belongs to
 * @param tokenHash  the SHA-256 of the token
 * @param createdAt  when it was issued
 * @param expiresAt  when it stops being accepted
 * @param replacedAt when it was used and replaced by a new token, or {@code null} while it is the current one
 */
@MappedEntity("refresh_tokens")
record RefreshToken(@Id @BinaryUuid UUID id, @BinaryUuid UUID sessionId, byte[] tokenHash, Instant createdAt,
                    Instant expiresAt, @Nullable Instant replacedAt) {
}
