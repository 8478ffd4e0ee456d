package dev.codevault.desktop.signin;

import dev.codevault.desktop.auth.AccountClient;
import dev.codevault.desktop.auth.AuthClient;
import dev.codevault.desktop.auth.BrowserSignIn;
import dev.codevault.desktop.auth.PasscodeRequestClient;
import dev.codevault.desktop.auth.Session;
import dev.codevault.desktop.fx.Background;
import dev.codevault.desktop.settings.AdminSettings;
import dev.codevault.desktop.workspace.Navigator;
import jakarta.inject.Singleton;

/**
 * Services the sign-in screen calls: the auth and account API, the passcode request, the browser sign-in, the
 * session, the background runner, the administrator's settings and the navigation to the workspace.
 *
 * @param auth             the auth API of the current server
 * @param passcodeRequests the passcode request of the current server, which may take as long as its SMTP check
 * @param account          the account API of the current server
 * @param browser          the browser sign-in
 * @param session          the signed-in session, which keeps and refreshes the tokens
 * @param background       runs the calls off the JavaFX thread
 * @param admin            the administrator's settings, for a fixed server address
 * @param navigator        opens the workspace once signed in
 */
@Singleton
public record SignInActions(AuthClient auth, PasscodeRequestClient passcodeRequests, AccountClient account,
                            BrowserSignIn browser, Session session, Background background, AdminSettings admin,
                            Navigator navigator) {
}
