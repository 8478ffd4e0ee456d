package dev.codevault.common.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * One signed-in session: a sign-in and the refresh tokens that followed it.
 *
 * @param id            the session id
 * @param signInMethod  how the session started
 * @param client        the client that signed in, from its {@code User-Agent}, or {@code null}
 * @param createdAt     when the person signed in
 * @param lastUsedAt    when the session last got new tokens
 * @param current       whether the request that listed the sessions came from this session
 */
@Serdeable
public record SessionInfo(@NotNull UUID id, @NotNull SignInMethod signInMethod, @Nullable String client,
                          @NotNull Instant createdAt, @NotNull Instant lastUsedAt, boolean current) {
}
