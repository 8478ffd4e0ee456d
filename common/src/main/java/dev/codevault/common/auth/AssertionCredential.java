package dev.codevault.common.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The assertion that {@code navigator.credentials.get()} returned, in the JSON form of WebAuthn Level 3
 * ({@code AuthenticationResponseJSON}); binary values are base64url.
 *
 * @param id       the credential id, base64url
 * @param type     always {@code public-key}
 * @param response the authenticator's assertion response
 */
@Serdeable
public record AssertionCredential(@NotBlank @Size(max = 1400) String id, @NotBlank String type,
                                  @NotNull @Valid Response response) {

    /**
     * The authenticator's assertion response.
     *
     * @param clientDataJSON    the client data the browser signed over, base64url
     * @param authenticatorData the authenticator data, base64url
     * @param signature         the signature over both, base64url
     * @param userHandle        the user handle stored with a discoverable credential, base64url, or {@code null}
     */
    @Serdeable
    public record Response(@NotBlank @Size(max = 10_000) String clientDataJSON,
                           @NotBlank @Size(max = 10_000) String authenticatorData,
                           @NotBlank @Size(max = 2_000) String signature,
                           @Nullable @Size(max = 200) String userHandle) {
    }
}
