package dev.codevault.backend.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the signed-in person from an access token, whose subject is the user id, and the session it belongs to from
 * its {@value #SESSION_CLAIM} claim.
 */
public final class CurrentUser {

    /** Name of the access-token claim that carries the session id. */
    public static final String SESSION_CLAIM = "sid";

    private CurrentUser() {
    }

    /**
     * Returns the id of the person signed in on the current request.
     *
     * @throws IllegalStateException when called outside a request that passed {@code IS_AUTHENTICATED}
     */
    public static UUID idOf(SecurityService security) {
        return idOf(security.getAuthentication().orElseThrow(
                () -> new IllegalStateException("a secured route ran without an authentication")));
    }

    /** Returns the session of the current request's access token, or empty for a token without one. */
    public static Optional<UUID> sessionOf(SecurityService security) {
        return security.getAuthentication()
                .map(authentication -> authentication.getAttributes().get(SESSION_CLAIM))
                .flatMap(CurrentUser::parse);
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

    private static Optional<UUID> parse(Object value) {
        try {
            return Optional.of(UUID.fromString(value.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
