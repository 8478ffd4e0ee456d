package dev.codevault.backend.auth.token;

import dev.codevault.backend.auth.AuthSettings;
import dev.codevault.backend.auth.ClientInfo;
import dev.codevault.backend.auth.SignInRejectedException;
import dev.codevault.backend.error.InvalidRequestException;
import dev.codevault.common.auth.AuthorizationGrant;
import dev.codevault.common.auth.AuthorizationRequest;
import dev.codevault.common.auth.CodeExchangeRequest;
import dev.codevault.common.auth.SignInMethod;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-time codes that carry a sign-in from the browser to a native app (RFC 8252 with PKCE, RFC 7636). A code
 * is bound to the loopback redirect URI and the PKCE challenge it was issued for, lives for a minute and works once.
 */
@Singleton
public class AuthorizationCodes {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationCodes.class);
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String CODE_REJECTED = "The sign-in code is not valid, expired or was used already. Sign in "
            + "again from the app.";

    private final AuthorizationCodeRepository codes;
    private final Sessions sessions;
    private final AuthSettings settings;
    private final Clock clock;

    AuthorizationCodes(AuthorizationCodeRepository codes, Sessions sessions, AuthSettings settings, Clock clock) {
        this.codes = codes;
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Issues a code for a person signed in on the sign-in page.
     *
     * @throws InvalidRequestException when the redirect URI is not a loopback address or the PKCE parameters are
     *                                 not an S256 challenge
     */
    @Transactional
    public AuthorizationGrant grant(UUID userId, SignInMethod method, AuthorizationRequest request) {
        URI redirectUri = LoopbackRedirectUri.check(request.redirectUri());
        requireS256(request.codeChallengeMethod(), request.codeChallenge());

        String code = OpaqueTokens.generate();
        Instant now = clock.instant();
        codes.save(new AuthorizationCode(UUID.randomUUID(), OpaqueTokens.hash(code), userId, method,
                request.redirectUri(), request.codeChallenge(), now, now.plus(settings.authorizationCodeLifetime()),
                null));
        URI target = UriBuilder.of(redirectUri).queryParam("code", code).queryParam("state", request.state())
                .build();
        return new AuthorizationGrant(target.toString());
    }

    /**
     * Exchanges a code for a new session. A code that fails any check is used up all the same, so a guessed
     * verifier gets one try.
     *
     * @throws SignInRejectedException when the code is unknown, used, expired, or the redirect URI or the PKCE
     *                                 verifier does not match
     */
    @Transactional(noRollbackFor = SignInRejectedException.class)
    public IssuedTokens exchange(CodeExchangeRequest request, ClientInfo client) {
        Instant now = clock.instant();
        AuthorizationCode code = codes.findByCodeHash(OpaqueTokens.hash(request.code()))
                .orElseThrow(() -> new SignInRejectedException(CODE_REJECTED));
        if (codes.consumeRow(code.id(), now) != 1 || !now.isBefore(code.expiresAt())) {
            throw new SignInRejectedException(CODE_REJECTED);
        }
        if (!code.redirectUri().equals(request.redirectUri())) {
            throw new SignInRejectedException("The redirect_uri differs from the one the sign-in started with. Sign "
                    + "in again from the app.");
        }
        if (!Pkce.matches(request.codeVerifier(), code.codeChallenge())) {
            LOG.warn("A sign-in code for user {} was presented with the wrong PKCE verifier; the code is void",
                    code.userId());
            throw new SignInRejectedException("The code verifier does not match the challenge the sign-in started "
                    + "with. Sign in again from the app.");
        }

        return sessions.start(code.userId(), code.signInMethod(), client);
    }

    private static void requireS256(String method, String challenge) {
        if (!Pkce.S256.equals(method)) {
            throw new InvalidRequestException("The code_challenge_method '" + method + "' is not accepted; use S256.");
        }
        if (!CHALLENGE.matcher(challenge).matches()) {
            throw new InvalidRequestException("The code_challenge is not an S256 challenge: it must be the 43-character "
                    + "base64url SHA-256 of the code verifier.");
        }
    }
}
