package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Exchanges the one-time code that the sign-in page sent to an app's loopback address for tokens (OAuth 2.0
 * authorization code with PKCE, RFC 7636).
 *
 * @param code         the {@code code} query parameter the loopback address received
 * @param codeVerifier the PKCE verifier whose S256 challenge started the sign-in: 43 to 128 characters from
 *                     {@code A-Z a-z 0-9 - . _ ~}
 * @param redirectUri  the same loopback redirect URI that started the sign-in
 */
@Serdeable
public record CodeExchangeRequest(
        @NotBlank @Size(max = 200) String code,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._~-]{43,128}", message = "must be a PKCE code verifier: 43 to 128 "
                + "characters from A-Z, a-z, 0-9 and - . _ ~") String codeVerifier,
        @NotBlank @Size(max = 300) String redirectUri) {

    @Override
    public String toString() {
        return "CodeExchangeRequest[code=(hidden), codeVerifier=(hidden), redirectUri=" + redirectUri + "]";
    }
}
