package dev.codevault.desktop.signin;

import dev.codevault.desktop.auth.AccountClient;
import dev.codevault.desktop.auth.AuthClient;
import dev.codevault.desktop.auth.BrowserSignIn;
import dev.codevault.desktop.auth.SessionTokens;
import jakarta.inject.Singleton;

/**
 * Services the sign-in screen calls: the auth and account API, the browser sign-in, the token store, and the background
 * runner.
 *
 * @param auth       the auth API of the current server
 * @param account    the account API of the current server
 * @param browser    the browser sign-in
 * @param tokens     where the signed-in session's tokens go
 * @param background runs the calls off the JavaFX thread
 */
@Singleton
public record SignInActions(AuthClient auth, AccountClient account, BrowserSignIn browser, SessionTokens tokens,
                            Background background) {
}
