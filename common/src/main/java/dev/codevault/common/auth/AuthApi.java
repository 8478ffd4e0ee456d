package dev.codevault.common.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import jakarta.validation.Valid;

/**
 * Sign-in without a password: an emailed passcode or a passkey, then tokens. Every operation works without an
 * access token. Failures are {@code application/problem+json} bodies: 400 for a malformed request, 401 when a
 * code, passkey or token is not accepted, 429 when too many attempts came too fast, 503 from
 * {@link #requestPasscode} when the server cannot send mail. A 401 from
 * {@link #verifyPasscode} whose problem type is {@value #PASSCODE_CLOSED_PROBLEM} (after
 * {@link dev.codevault.common.error.Problem#TYPE_PREFIX}) means that only a new passcode can sign in.
 */
public interface AuthApi {

    /**
     * Problem type name of a passcode that no longer works: it was used, replaced by a newer one, expired, ran out
     * of attempts with the wrong code just sent, or never existed.
     */
    String PASSCODE_CLOSED_PROBLEM = "passcode-closed";

    /**
     * Problem type name of a passcode request that failed because the server cannot use its SMTP server. No
     * passcode was stored and the request does not count toward the rate limit, so a client can send it again later.
     */
    String MAIL_UNAVAILABLE_PROBLEM = "mail-unavailable";

    /**
     * Path of the sign-in web page. A native app opens it in the system browser with the query parameters
     * {@code redirect_uri} ({@code http://127.0.0.1:<port>/<path>}), {@code state}, {@code code_challenge} and
     * {@code code_challenge_method=S256}; after sign-in the page sends the browser to the redirect URI with
     * {@code code} and {@code state}, and the app calls {@link #exchangeCode}.
     */
    String SIGN_IN_PAGE_PATH = "/sign-in";

    /** Path of {@link #requestPasscode}. */
    String PASSCODE_REQUEST_PATH = "/auth/passcode";

    /**
     * Emails a one-time passcode. The response is the same whether or not the address has an account, and the mail
     * leaves in the background, so neither the response nor its timing reveals who has an account. Before it stores
     * a passcode, the server connects to its SMTP server for every address alike. When that fails, the response is
     * 503 with the problem type {@value #MAIL_UNAVAILABLE_PROBLEM}, and its Retry-After header gives the seconds until
     * the server checks its SMTP server again.
     */
    @Post(PASSCODE_REQUEST_PATH)
    PasscodeSent requestPasscode(@Body @Valid PasscodeRequest request);

    /** Signs in with the emailed passcode; creates the account and its personal team at the first sign-in. */
    @Post("/auth/passcode/verify")
    TokenResponse verifyPasscode(@Body @Valid PasscodeVerification verification);

    /** Starts a sign-in with a discoverable passkey. */
    @Post("/auth/passkey/options")
    PasskeyRequestChallenge passkeyOptions();

    /** Signs in with the passkey assertion the browser returned. */
    @Post("/auth/passkey/verify")
    TokenResponse verifyPasskey(@Body @Valid PasskeySignIn signIn);

    /** Exchanges the one-time code from the sign-in page, with the PKCE verifier, for tokens. */
    @Post("/auth/token/code")
    TokenResponse exchangeCode(@Body @Valid CodeExchangeRequest request);

    /**
     * Replaces a refresh token with new tokens. Each refresh token works once: presenting one that was already
     * replaced signs out the whole session, because only a stolen copy can be presented twice.
     */
    @Post("/auth/token/refresh")
    TokenResponse refresh(@Body @Valid RefreshTokenRequest request);

    /** Ends the session of the refresh token. Access tokens already issued stay valid until they expire. */
    @Post("/auth/sign-out")
    @Status(HttpStatus.NO_CONTENT)
    void signOut(@Body @Valid RefreshTokenRequest request);
}
