package dev.codevault.desktop.auth;

import dev.codevault.common.auth.TokenResponse;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tokens of the signed-in session, in memory. {@link Session} keeps the refresh token for the next start and
 * replaces the tokens before they expire. Safe to use from any thread.
 */
@Singleton
public class SessionTokens {

    private final AtomicReference<TokenResponse> tokens = new AtomicReference<>();

    /** Returns the current tokens, or empty when no one is signed in. */
    public Optional<TokenResponse> current() {
        return Optional.ofNullable(tokens.get());
    }

    /** Stores the tokens of a new sign-in or refresh. */
    public void store(TokenResponse newTokens) {
        tokens.set(newTokens);
    }

    /** Forgets the tokens. */
    public void clear() {
        tokens.set(null);
    }
}
