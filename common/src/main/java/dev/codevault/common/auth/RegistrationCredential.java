package dev.codevault.common.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The new credential that {@code navigator.credentials.create()} returned, in the JSON form of WebAuthn Level 3
 * ({@code RegistrationResponseJSON}); binary values are base64url.
 *
 * @param id       the credential id, base64url
 * @param type     always {@code public-key}
 * @param response the authenticator's attestation response
 */
@Serdeable
public record RegistrationCredential(@NotBlank @Size(max = 1400) String id, @NotBlank String type,
                                     @NotNull @Valid Response response) {

    /**
     * The authenticator's attestation response.
     *
     * @param clientDataJSON    the client data the browser signed over, base64url
     * @param attestationObject the attestation object with the new public key, base64url
     * @param transports        how the browser reached the authenticator, or {@code null}
     */
    @Serdeable
    public record Response(@NotBlank @Size(max = 10_000) String clientDataJSON,
                           @NotBlank @Size(max = 100_000) String attestationObject,
                           @Nullable List<@Size(max = 32) String> transports) {
    }
}
