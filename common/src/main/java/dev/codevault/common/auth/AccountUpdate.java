package dev.codevault.common.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * Changes the signed-in account.
 *
 * @param displayName the new display name; {@code null} or blank removes it
 */
@Serdeable
public record AccountUpdate(@Nullable @Size(max = 200) String displayName) {
}
