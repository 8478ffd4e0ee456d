package dev.codevault.common.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The signed-in account.
 *
 * @param id          the user id
 * @param email       the email address, in lower case
 * @param displayName the name the person chose, or {@code null}
 */
@Serdeable
public record AccountInfo(@NotNull UUID id, @NotBlank String email, @Nullable String displayName) {
}
