package dev.codevault.backend.auth.token;

import dev.codevault.backend.auth.AuthSettings;
import dev.codevault.backend.security.CurrentUser;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;

/** Issues the short-lived JWT access tokens: subject the user id, {@code sid} the session id. */
@Singleton
class AccessTokens {

    private final TokenGenerator generator;
    private final AuthSettings settings;

    AccessTokens(TokenGenerator generator, AuthSettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    /** Returns the lifetime of an access token in seconds. */
    long lifetimeSeconds() {
        return settings.accessTokenLifetime().toSeconds();
    }

    /** Returns a signed access token for a person in a session. */
    String issue(UUID userId, UUID sessionId) {
        Authentication authentication = Authentication.build(userId.toString(),
                Map.of(CurrentUser.SESSION_CLAIM, sessionId.toString()));
        return generator.generateToken(authentication, Math.toIntExact(lifetimeSeconds()))
                .orElseThrow(() -> new IllegalStateException("no access token signature is configured"));
    }
}
