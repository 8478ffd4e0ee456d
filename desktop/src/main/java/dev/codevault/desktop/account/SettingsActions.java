package dev.codevault.desktop.account;

import dev.codevault.desktop.auth.AccountClient;
import dev.codevault.desktop.auth.BrowserLauncher;
import dev.codevault.desktop.auth.Session;
import jakarta.inject.Singleton;

/**
 * The services behind the settings page.
 *
 * @param account  the account and passkey API
 * @param sessions the session API
 * @param session  the signed-in session, for signing out
 * @param browser  opens the sign-in page to add a passkey
 */
@Singleton
public record SettingsActions(AccountClient account, SessionClient sessions, Session session,
                              BrowserLauncher browser) {
}
