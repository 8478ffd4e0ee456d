package dev.codevault.backend.security;

import io.micronaut.security.authentication.Authentication;
import java.util.UUID;

/** Reads the signed-in person from an access token, whose subject is the user id. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /**
     * Returns the id of the signed-in person.
     *
     * @throws IllegalStateException when the token's subject is not a user id, which only a token from another
     *                               system could carry
     */
    public static UUID idOf(Authentication authentication) {
        try {
            return UUID.fromString(authentication.getName());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the access token's subject is not a user id", e);
        }
    }
}
