package dev.codevault.desktop.auth;

import dev.codevault.common.auth.TokenResponse;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tokens of the signed-in session, in memory only. Safe to use from any thread.
 *
 * <p>TODO: keep the refresh token in the operating system's credential store, so a restart does not sign the user
 * out, and refresh the access token before it expires; until then a session lasts one access-token lifetime.
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
