package dev.codevault.desktop.account;

import dev.codevault.common.auth.AuthApi;
import dev.codevault.common.auth.PasskeyInfo;
import dev.codevault.common.auth.PasskeyRename;
import dev.codevault.common.auth.SessionInfo;
import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.errors.ErrorDescriptions;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.errors.UserFacingException;
import dev.codevault.desktop.fx.Background;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.InvalidServerUrlException;
import dev.codevault.desktop.server.ServerAddress;
import dev.codevault.desktop.server.ServerSetting;
import dev.codevault.desktop.server.ServerUrlPolicy;
import dev.codevault.desktop.settings.AdminSettings;
import dev.codevault.desktop.settings.ThemeMode;
import dev.codevault.desktop.settings.UserSettings;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings page: the server address (read-only when it is fixed for this run), the theme, the account's
 * passkeys, its active sessions and signing out. Server calls run through {@link Background}; use the view model
 * on the JavaFX thread.
 */
@Singleton
public class SettingsViewModel {

    private final SettingsActions actions;
    private final Background background;
    private final ErrorPresenter errors;
    private final UserSettings userSettings;
    private final AdminSettings adminSettings;
    private final StartupOptions startupOptions;
    private final CurrentServer currentServer;

    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper serverUrlEditable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper serverUrlNote = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ThemeMode> theme = new SimpleObjectProperty<>(ThemeMode.SYSTEM);
    private final ObservableList<PasskeyInfo> passkeys = FXCollections.observableArrayList();
    private final ObservableList<SessionInfo> sessions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper accountEmail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    SettingsViewModel(SettingsActions actions, Background background, ErrorPresenter errors,
                      UserSettings userSettings, AdminSettings adminSettings, StartupOptions startupOptions,
                      CurrentServer currentServer) {
        this.actions = actions;
        this.background = background;
        this.errors = errors;
        this.userSettings = userSettings;
        this.adminSettings = adminSettings;
        this.startupOptions = startupOptions;
        this.currentServer = currentServer;
        theme.set(ThemeMode.parse(userSettings.get(UserSettings.THEME).orElse(null)));
        theme.addListener((observable, before, after) -> saveTheme(after));
    }

    /** Shows the current settings and loads the account's passkeys and sessions. */
    public void refresh() {
        ServerSetting setting = ServerSetting.resolve(adminSettings.serverUrl().orElse(null),
                startupOptions.serverUrlArgument(), userSettings.get(UserSettings.SERVER_URL).orElse(null),
                startupOptions.serverUrlEnvironment());
        serverUrl.set(currentServer.address().map(ServerAddress::toString).orElse(setting.url()));
        serverUrlEditable.set(setting.editable());
        serverUrlNote.set(setting.editable() ? "Changing the server signs you out here."
                : setting.fixedAddressNote(adminSettings.file()));
        message.set("");
        background.run(() -> new AccountData(actions.account().account().email(), actions.account().passkeys(),
                actions.sessions().sessions()), data -> {
                    accountEmail.set(data.email());
                    passkeys.setAll(data.passkeys());
                    sessions.setAll(data.sessions());
                }, failure -> errors.show("Loading your passkeys and sessions", failure));
    }

    /** Saves another server address and signs out, so the next sign-in happens there. */
    public void changeServer() {
        if (!serverUrlEditable.get()) {
            return;
        }
        ServerAddress address;
        try {
            address = ServerUrlPolicy.check(serverUrl.get());
        } catch (InvalidServerUrlException e) {
            errors.show("Changing the server", new UserFacingException(e.getMessage()));
            return;
        }
        try {
            userSettings.put(UserSettings.SERVER_URL, address.toString());
        } catch (UncheckedIOException e) {
            errors.show("Saving the server address", e);
            return;
        }
        signOut();
    }

    /** Opens the sign-in page in the browser, where the person signs in and creates a passkey. */
    public void addPasskey() {
        URI page = currentServer.address().map(address -> URI.create(address + AuthApi.SIGN_IN_PAGE_PATH))
                .orElse(null);
        if (page == null) {
            return;
        }
        message.set("Continue in your browser: sign in there and choose to create a passkey. Then press Refresh "
                + "here.");
        background.run(() -> {
            actions.browser().open(page);
            return page;
        }, opened -> { }, failure -> errors.show("Opening the browser", new UserFacingException(
                ErrorDescriptions.whatToDo(failure) + " Open " + page + " in a browser yourself.", failure)));
    }

    /** Renames a passkey. */
    public void renamePasskey(PasskeyInfo passkey, String newName) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.show("Renaming the passkey", new UserFacingException("Enter a name of 1 to 100 characters for "
                    + "the passkey."));
            return;
        }
        background.run(() -> actions.account().renamePasskey(passkey.id(), new PasskeyRename(name)),
                renamed -> passkeys.replaceAll(each -> each.id().equals(renamed.id()) ? renamed : each),
                failure -> errors.show("Renaming the passkey " + passkey.name(), failure));
    }

    /** Deletes a passkey; it no longer signs in. */
    public void deletePasskey(PasskeyInfo passkey) {
        background.run(() -> {
            actions.account().deletePasskey(passkey.id());
            return passkey;
        }, deleted -> passkeys.removeIf(each -> each.id().equals(deleted.id())),
                failure -> errors.show("Deleting the passkey " + passkey.name(), failure));
    }

    /** Ends a session; ending this app's own session signs out. */
    public void endSession(SessionInfo session) {
        if (session.current()) {
            signOut();
            return;
        }
        background.run(() -> {
            actions.sessions().endSession(session.id());
            return session;
        }, ended -> sessions.removeIf(each -> each.id().equals(ended.id())),
                failure -> errors.show("Ending the session", failure));
    }

    /** Ends every session of the account, this one included. */
    public void signOutEverywhere() {
        background.run(() -> {
            actions.sessions().endAllSessions();
            return true;
        }, done -> signOut(), failure -> errors.show("Signing out everywhere", failure));
    }

    /** Signs out of this app; the sign-in screen follows. */
    public void signOut() {
        background.run(() -> {
            actions.session().signOut();
            return true;
        }, done -> clear(), failure -> errors.show("Signing out", failure));
    }

    private void clear() {
        passkeys.clear();
        sessions.clear();
        accountEmail.set("");
    }

    private void saveTheme(ThemeMode mode) {
        try {
            userSettings.put(UserSettings.THEME, mode.name());
        } catch (UncheckedIOException e) {
            errors.show("Saving the theme", e);
        }
    }

    /** The server address, editable unless the administrator or the command line fixed it. */
    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public ReadOnlyBooleanProperty serverUrlEditableProperty() {
        return serverUrlEditable.getReadOnlyProperty();
    }

    public boolean isServerUrlEditable() {
        return serverUrlEditable.get();
    }

    /** A sentence under the address: what changing it does, or where the fixed address comes from. */
    public ReadOnlyStringProperty serverUrlNoteProperty() {
        return serverUrlNote.getReadOnlyProperty();
    }

    /** The theme; changing it saves it. */
    public ObjectProperty<ThemeMode> themeProperty() {
        return theme;
    }

    /** The account's passkeys, oldest first. */
    public ObservableList<PasskeyInfo> passkeys() {
        return passkeys;
    }

    /** The account's active sessions, newest first. */
    public ObservableList<SessionInfo> sessions() {
        return sessions;
    }

    /** The signed-in email address. */
    public ReadOnlyStringProperty accountEmailProperty() {
        return accountEmail.getReadOnlyProperty();
    }

    public String getAccountEmail() {
        return accountEmail.get();
    }

    /** What to do next after an action that continues elsewhere, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record AccountData(String email, List<PasskeyInfo> passkeys, List<SessionInfo> sessions) {
    }
}
