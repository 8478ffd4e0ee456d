package dev.codevault.common.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * Names an existing passkey in WebAuthn options.
 *
 * @param type       always {@code public-key}
 * @param id         the credential id, base64url
 * @param transports how the browser can reach the authenticator, as the authenticator reported them; {@code null}
 *                   reads as empty
 */
@Serdeable
public record CredentialDescriptor(@NotBlank String type, @NotBlank String id, @Nullable List<String> transports) {

    public CredentialDescriptor {
        transports = transports == null ? List.of() : List.copyOf(transports);
    }
}
