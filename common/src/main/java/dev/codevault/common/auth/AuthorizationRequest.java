package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Asks for a one-time code for a native app, on behalf of the person signed in on the sign-in page. The fields are
 * the query parameters the app opened the page with (RFC 8252 and RFC 7636).
 *
 * @param redirectUri         the app's loopback address, {@code http://127.0.0.1:<port>/<path>}
 * @param state               the app's random value, sent back unchanged with the code
 * @param codeChallenge       the base64url SHA-256 of the app's PKCE verifier
 * @param codeChallengeMethod must be {@code S256}
 */
@Serdeable
public record AuthorizationRequest(
        @NotBlank @Size(max = 300) String redirectUri,
        @NotBlank @Size(max = 200) String state,
        @NotBlank @Size(min = 43, max = 43) String codeChallenge,
        @NotBlank @Size(max = 10) String codeChallengeMethod) {
}
