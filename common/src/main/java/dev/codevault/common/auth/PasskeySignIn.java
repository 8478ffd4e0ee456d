package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Signs in with a passkey.
 *
 * @param ceremonyId the id from {@link PasskeyRequestChallenge}
 * @param credential the assertion the browser returned
 */
@Serdeable
public record PasskeySignIn(@NotNull UUID ceremonyId, @NotNull @Valid AssertionCredential credential) {
}
