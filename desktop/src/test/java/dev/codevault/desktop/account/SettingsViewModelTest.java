package dev.codevault.desktop.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.auth.AccountInfo;
import dev.codevault.common.auth.PasskeyInfo;
import dev.codevault.common.auth.PasskeyRename;
import dev.codevault.common.auth.SessionInfo;
import dev.codevault.common.auth.SignInMethod;
import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.auth.AccountClient;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.ServerUrlPolicy;
import dev.codevault.desktop.settings.AdminSettings;
import dev.codevault.desktop.settings.ThemeMode;
import dev.codevault.desktop.settings.UserSettings;
import dev.codevault.desktop.testing.Fakes;
import dev.codevault.desktop.testing.InlineBackground;
import dev.codevault.desktop.testing.NoBrowser;
import dev.codevault.desktop.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings page's view model, tested without a window against fake account and session APIs. */
class SettingsViewModelTest {

    @TempDir
    Path folder;

    private final ErrorPresenter errors = new ErrorPresenter();
    private final PasskeyInfo laptop = new PasskeyInfo(UUID.randomUUID(), "Laptop", TestData.NOW, null, true, true);
    private final List<PasskeyRename> renames = new ArrayList<>();

    @Test
    void loadsPasskeysAndSessions() {
        SettingsViewModel viewModel = viewModel(folder.resolve("none.properties"));

        viewModel.refresh();

        assertThat(viewModel.getAccountEmail()).isEqualTo("ada@example.com");
        assertThat(viewModel.passkeys()).containsExactly(laptop);
        assertThat(viewModel.sessions()).hasSize(1);
        assertThat(viewModel.isServerUrlEditable()).isTrue();
    }

    @Test
    void showsAdministratorsAddressReadOnly() throws Exception {
        Path admin = Files.writeString(folder.resolve("config.properties"), "serverUrl=https://vault.example.com\n");
        SettingsViewModel viewModel = viewModel(admin);

        viewModel.refresh();

        assertThat(viewModel.isServerUrlEditable()).isFalse();
        assertThat(viewModel.serverUrlNoteProperty().get()).contains(admin.toString());
    }

    @Test
    void showsCommandLineAddressReadOnly() {
        SettingsViewModel viewModel = viewModel(folder.resolve("none.properties"),
                new StartupOptions("https://cli.example.com", null));

        viewModel.refresh();

        assertThat(viewModel.serverUrlProperty().get()).isEqualTo("https://cli.example.com");
        assertThat(viewModel.isServerUrlEditable()).isFalse();
        assertThat(viewModel.serverUrlNoteProperty().get()).startsWith("Set by --server-url");
    }

    @Test
    void keepsSessionWhenCommandLineFixesAddress() {
        SettingsViewModel viewModel = viewModel(folder.resolve("none.properties"),
                new StartupOptions("https://cli.example.com", null));
        viewModel.refresh();
        viewModel.serverUrlProperty().set("https://other.example.com");

        viewModel.changeServer();

        assertThat(settings().get(UserSettings.SERVER_URL)).isEmpty();
        assertThat(errors.getCurrent()).as("the fake actions have no session, so signing out would fail").isNull();
    }

    @Test
    void namesPasskeyPageWhenNoBrowserOpens() throws Exception {
        CurrentServer server = new CurrentServer();
        server.use(ServerUrlPolicy.check("https://vault.example.com"));
        SettingsViewModel viewModel = new SettingsViewModel(new SettingsActions(null, null, null, new NoBrowser()),
                new InlineBackground(), errors, settings(), new AdminSettings(folder.resolve("none").toString()),
                new StartupOptions(null, null), server);

        viewModel.addPasskey();

        assertThat(errors.getCurrent().whatToDo()).isEqualTo(NoBrowser.REASON
                + " Open https://vault.example.com/sign-in in a browser yourself.");
    }

    @Test
    void savesTheme() {
        SettingsViewModel viewModel = viewModel(folder.resolve("none.properties"));

        viewModel.themeProperty().set(ThemeMode.DARK);

        assertThat(settings().get(UserSettings.THEME)).hasValue("DARK");
    }

    @Test
    void renamesPasskey() {
        SettingsViewModel viewModel = viewModel(folder.resolve("none.properties"));
        viewModel.refresh();

        viewModel.renamePasskey(laptop, "  Work laptop ");

        assertThat(renames).extracting(PasskeyRename::name).containsExactly("Work laptop");
        assertThat(viewModel.passkeys()).extracting(PasskeyInfo::name).containsExactly("Work laptop");
    }

    @Test
    void rejectsEmptyPasskeyName() {
        SettingsViewModel viewModel = viewModel(folder.resolve("none.properties"));
        viewModel.refresh();

        viewModel.renamePasskey(laptop, "   ");

        assertThat(renames).isEmpty();
        assertThat(errors.getCurrent().whatToDo()).isEqualTo("Enter a name of 1 to 100 characters for the passkey.");
    }

    @Test
    void deletesPasskey() {
        SettingsViewModel viewModel = viewModel(folder.resolve("none.properties"));
        viewModel.refresh();

        viewModel.deletePasskey(laptop);

        assertThat(viewModel.passkeys()).isEmpty();
    }

    private SettingsViewModel viewModel(Path adminFile) {
        return viewModel(adminFile, new StartupOptions(null, null));
    }

    private SettingsViewModel viewModel(Path adminFile, StartupOptions startupOptions) {
        AccountClient account = Fakes.of(AccountClient.class)
                .answer("account", args -> new AccountInfo(UUID.randomUUID(), "ada@example.com", null))
                .answer("passkeys", args -> List.of(laptop))
                .answer("renamePasskey", args -> {
                    PasskeyRename rename = (PasskeyRename) args[1];
                    renames.add(rename);
                    return new PasskeyInfo(laptop.id(), rename.name(), laptop.createdAt(), null, true, true);
                })
                .answer("deletePasskey", args -> null)
                .build();
        SessionClient sessions = Fakes.of(SessionClient.class)
                .answer("sessions", args -> List.of(new SessionInfo(UUID.randomUUID(), SignInMethod.PASSCODE,
                        "CodeVault Desktop", TestData.NOW, TestData.NOW, true)))
                .build();
        return new SettingsViewModel(new SettingsActions(account, sessions, null, null), new InlineBackground(),
                errors, settings(), new AdminSettings(adminFile.toString()), startupOptions, new CurrentServer());
    }

    private UserSettings settings() {
        return new UserSettings(folder.resolve("settings").toString());
    }
}
