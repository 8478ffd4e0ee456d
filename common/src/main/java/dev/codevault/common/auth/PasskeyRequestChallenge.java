package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Starts a sign-in with a passkey.
 *
 * @param ceremonyId send it back with the assertion
 * @param publicKey  the options for {@code navigator.credentials.get({publicKey})}
 */
@Serdeable
public record PasskeyRequestChallenge(@NotNull UUID ceremonyId, @NotNull @Valid PasskeyRequestOptions publicKey) {
}
