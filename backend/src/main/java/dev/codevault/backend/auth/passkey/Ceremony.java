package dev.codevault.backend.auth.passkey;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A WebAuthn challenge, kept on the server so it works once and expires.
 *
 * @param id         random id, sent to the browser with the options
 * @param kind       what the challenge is for
 * @param userId     the person registering a passkey, or {@code null} for a sign-in
 * @param challenge  32 random bytes
 * @param createdAt  when it was issued
 * @param expiresAt  when it stops being accepted
 * @param consumedAt when a response to it was checked, or {@code null}
 */
@MappedEntity("webauthn_ceremonies")
record Ceremony(@Id @BinaryUuid UUID id, CeremonyKind kind, @Nullable @BinaryUuid UUID userId, byte[] challenge,
                Instant createdAt, Instant expiresAt, @Nullable Instant consumedAt) {
}
