package dev.codevault.backend.auth;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Sign-in and token settings under {@code codevault.auth}; application.yml contains the defaults.
 *
 * @param openSignUp           whether any email address may sign up; when {@code false}, only existing accounts and
 *                             invited addresses get a passcode
 * @param accessTokenLifetime  how long an access token is accepted
 * @param refreshTokenLifetime how long a refresh token is accepted if it is not used
 * @param sessionLifetime      how long a session lasts at most, however often it refreshes
 * @param authorizationCodeLifetime how long the one-time code from the sign-in page can be exchanged
 * @param passcode             the emailed passcodes
 */
@ConfigurationProperties("codevault.auth")
public record AuthSettings(boolean openSignUp, Duration accessTokenLifetime, Duration refreshTokenLifetime,
                           Duration sessionLifetime, Duration authorizationCodeLifetime, Passcode passcode) {

    /**
     * Passcode settings under {@code codevault.auth.passcode}.
     *
     * @param lifetime            how long a passcode is accepted
     * @param maxAttempts         wrong codes allowed before the passcode is void
     * @param rateLimitWindow     the window the two request limits count over
     * @param maxPerEmail         passcodes one email address may request in the window
     * @param maxPerClientAddress passcodes one client address may request in the window
     */
    @ConfigurationProperties("passcode")
    public record Passcode(Duration lifetime, int maxAttempts, Duration rateLimitWindow, int maxPerEmail,
                           int maxPerClientAddress) {
    }
}
