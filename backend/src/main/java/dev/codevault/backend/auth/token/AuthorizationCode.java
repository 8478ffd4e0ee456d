package dev.codevault.backend.auth.token;

import dev.codevault.backend.persistence.BinaryUuid;
import dev.codevault.common.auth.SignInMethod;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A one-time code the sign-in page handed to a native app; only its SHA-256 is stored.
 *
 * @param id            random id
 * @param codeHash      the SHA-256 of the code
 * @param userId        the person who signed in on the page
 * @param signInMethod  how they signed in there
 * @param redirectUri   the loopback address the code was sent to; the exchange must name the same one
 * @param codeChallenge the PKCE S256 challenge the exchange's verifier must match
 * @param createdAt     when the code was issued
 * @param expiresAt     when it stops being accepted
 * @param consumedAt    when it was exchanged, or {@code null}
 */
@MappedEntity("authorization_codes")
record AuthorizationCode(@Id @BinaryUuid UUID id, byte[] codeHash, @BinaryUuid UUID userId,
                         SignInMethod signInMethod, String redirectUri, String codeChallenge, Instant createdAt,
                         Instant expiresAt, @Nullable Instant consumedAt) {
}
