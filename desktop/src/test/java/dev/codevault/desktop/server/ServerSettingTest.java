package dev.codevault.desktop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServerSettingTest {

    @Test
    void prefersCommandLine() {
        ServerSetting setting = ServerSetting.resolve("https://cli.example.com", "https://saved.example.com",
                "https://env.example.com");

        assertThat(setting).isEqualTo(new ServerSetting("https://cli.example.com", ServerSettingSource.COMMAND_LINE));
    }

    @Test
    void prefersUserSettingsOverEnvironment() {
        ServerSetting setting = ServerSetting.resolve(null, "https://saved.example.com", "https://env.example.com");

        assertThat(setting.source()).isEqualTo(ServerSettingSource.USER_SETTINGS);
    }

    @Test
    void usesEnvironmentWithoutUserSettings() {
        ServerSetting setting = ServerSetting.resolve(" ", null, "https://env.example.com");

        assertThat(setting).isEqualTo(new ServerSetting("https://env.example.com", ServerSettingSource.ENVIRONMENT));
    }

    @Test
    void fixesCommandLineAddress() {
        ServerSetting setting = ServerSetting.resolve("https://cli.example.com", null, null);

        assertThat(setting.editable()).isFalse();
        assertThat(setting.fixedAddressNote(Path.of("config.properties"))).contains("--server-url");
    }

    @Test
    void fixesAdministratorsAddress() {
        ServerSetting setting = ServerSetting.resolve("https://admin.example.com", "https://cli.example.com", null,
                null);

        assertThat(setting.editable()).isFalse();
        assertThat(setting.fixedAddressNote(Path.of("/etc/codevault/config.properties")))
                .isEqualTo("Your administrator fixed this address in /etc/codevault/config.properties.");
    }

    @Test
    void letsUserChangeSavedAddress() {
        ServerSetting setting = ServerSetting.resolve(null, "https://saved.example.com", null);

        assertThat(setting.editable()).isTrue();
        assertThat(setting.fixedAddressNote(Path.of("config.properties"))).isEmpty();
    }

    @Test
    void fallsBackToLocalBackend() {
        ServerSetting setting = ServerSetting.resolve(null, "", null);

        assertThat(setting).isEqualTo(new ServerSetting("http://127.0.0.1:8080", ServerSettingSource.DEFAULT));
    }
}
