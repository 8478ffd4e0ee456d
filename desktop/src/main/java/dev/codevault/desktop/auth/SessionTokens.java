package dev.codevault.desktop.auth;

import dev.codevault.common.auth.TokenResponse;
import dev.codevault.desktop.server.ServerAddress;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tokens of the signed-in session and the server that issued them, in memory. {@link Session} keeps the refresh
 * token for the next start and replaces the tokens before they expire. Safe to use from any thread.
 */
@Singleton
public class SessionTokens {

    private final AtomicReference<IssuedTokens> issued = new AtomicReference<>();

    /** Returns the current tokens, or empty when no one is signed in. */
    public Optional<TokenResponse> current() {
        return Optional.ofNullable(issued.get()).map(IssuedTokens::tokens);
    }

    /** Returns the server that issued the current tokens, or empty when no one is signed in. */
    public Optional<ServerAddress> issuer() {
        return Optional.ofNullable(issued.get()).map(IssuedTokens::issuer);
    }

    /**
     * Returns the access token for a request to {@code target}, or empty when no one is signed in or {@code target}
     * is not at the origin of the server that issued the token.
     */
    public Optional<String> accessTokenFor(URI target) {
        return Optional.ofNullable(issued.get())
                .filter(current -> current.issuer().isOriginOf(target))
                .map(current -> current.tokens().accessToken());
    }

    /** Stores the tokens of a new sign-in or refresh with the server that issued them. */
    public void store(ServerAddress issuer, TokenResponse newTokens) {
        issued.set(new IssuedTokens(issuer, newTokens));
    }

    /** Forgets the tokens. */
    public void clear() {
        issued.set(null);
    }

    private record IssuedTokens(ServerAddress issuer, TokenResponse tokens) {
    }
}
