package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Tokens issued at sign-in and at each refresh. The access token goes in the {@code Authorization: Bearer} header
 * of API requests; the refresh token is sent only to {@link AuthApi#refresh} and {@link AuthApi#signOut}, and each
 * refresh replaces it.
 *
 * @param accessToken           a signed JWT whose subject is the user id
 * @param tokenType             always {@code Bearer}
 * @param expiresIn             seconds until the access token expires
 * @param refreshToken          an opaque token for one refresh
 * @param refreshTokenExpiresIn seconds until the refresh token expires unless it is used before
 */
@Serdeable
public record TokenResponse(@NotBlank String accessToken, @NotBlank String tokenType, @Positive long expiresIn,
                            @NotBlank String refreshToken, @Positive long refreshTokenExpiresIn) {

    /** The only token type the server issues. */
    public static final String BEARER = "Bearer";
}
