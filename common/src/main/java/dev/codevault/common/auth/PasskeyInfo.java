package dev.codevault.common.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * A passkey of the signed-in account.
 *
 * @param id             the passkey's id in CodeVault (not the WebAuthn credential id)
 * @param name           the name the person gave it
 * @param createdAt      when it was registered
 * @param lastUsedAt     when it last signed in, or {@code null}
 * @param backupEligible whether the authenticator may sync it to other devices
 * @param backedUp       whether it was synced at its last use, so losing one device does not lose it
 */
@Serdeable
public record PasskeyInfo(@NotNull UUID id, @NotBlank String name, @NotNull Instant createdAt,
                          @Nullable Instant lastUsedAt, boolean backupEligible, boolean backedUp) {
}
