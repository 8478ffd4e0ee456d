package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Carries a refresh token, to get new tokens or to sign out.
 *
 * @param refreshToken the refresh token from the latest {@link TokenResponse}
 */
@Serdeable
public record RefreshTokenRequest(@NotBlank @Size(max = 200) String refreshToken) {

    @Override
    public String toString() {
        return "RefreshTokenRequest[refreshToken=(hidden)]";
    }
}
