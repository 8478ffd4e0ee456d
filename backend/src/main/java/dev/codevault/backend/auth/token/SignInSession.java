package dev.codevault.backend.auth.token;

import dev.codevault.backend.persistence.BinaryUuid;
import dev.codevault.common.auth.SignInMethod;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A signed-in session: one sign-in and the chain of refresh tokens that followed it.
 *
 * @param id           random id, carried in the access tokens' {@code sid} claim
 * @param userId       the person signed in
 * @param signInMethod how the session started
 * @param client       the client's {@code User-Agent}, or {@code null}
 * @param createdAt    when the person signed in
 * @param lastUsedAt   when the session last got new tokens
 * @param expiresAt    when the session ends however often it refreshes
 * @param endedAt      when the person signed out or the session was revoked, or {@code null} while it is active
 */
@MappedEntity("sessions")
record SignInSession(@Id @BinaryUuid UUID id, @BinaryUuid UUID userId, SignInMethod signInMethod,
                     @Nullable String client, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
                     @Nullable Instant endedAt) {

    /** Returns whether the session still issues tokens at the given time. */
    boolean isActiveAt(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }
}
