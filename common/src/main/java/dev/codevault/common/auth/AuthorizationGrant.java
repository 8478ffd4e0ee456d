package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/**
 * Destination of the browser once the person is signed in on the sign-in page.
 *
 * @param redirectTo the app's loopback address with {@code code} and {@code state} query parameters
 */
@Serdeable
public record AuthorizationGrant(@NotBlank String redirectTo) {

    @Override
    public String toString() {
        return "AuthorizationGrant[redirectTo=(hidden)]";
    }
}
