package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Starts the registration of a passkey.
 *
 * @param ceremonyId send it back with the new credential
 * @param publicKey  the options for {@code navigator.credentials.create({publicKey})}
 */
@Serdeable
public record PasskeyCreationChallenge(@NotNull UUID ceremonyId, @NotNull @Valid PasskeyCreationOptions publicKey) {
}
