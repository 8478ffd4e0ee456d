package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/**
 * Options for {@code navigator.credentials.get()}, in the JSON form of WebAuthn Level 3
 * ({@code PublicKeyCredentialRequestOptionsJSON}). No credentials are listed, so the browser offers every passkey
 * it has for the RP id and the person types no email.
 *
 * @param challenge        the single-use challenge, base64url
 * @param timeout          milliseconds the browser may wait for the person
 * @param rpId             this server's RP id
 * @param userVerification always {@code required}
 */
@Serdeable
public record PasskeyRequestOptions(@NotBlank String challenge, long timeout, @NotBlank String rpId,
                                    @NotBlank String userVerification) {
}
