package dev.codevault.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @TempDir
    Path folder;

    @Test
    void keepsValueForNextStart() {
        new UserSettings(folder.toString()).put(UserSettings.SERVER_URL, "https://codevault.example.com");

        assertThat(new UserSettings(folder.toString()).get(UserSettings.SERVER_URL))
                .hasValue("https://codevault.example.com");
    }

    @Test
    void startsEmptyWithoutFile() {
        assertThat(new UserSettings(folder.resolve("missing").toString()).get(UserSettings.SERVER_URL)).isEmpty();
    }

    @Test
    void ignoresDamagedFile() throws Exception {
        Files.writeString(folder.resolve("settings.properties"), "serverUrl=\\u12");

        assertThat(new UserSettings(folder.toString()).get(UserSettings.SERVER_URL)).isEmpty();
    }

    @Test
    void leavesNoPartialFiles() throws Exception {
        UserSettings settings = new UserSettings(folder.toString());

        settings.put(UserSettings.SERVER_URL, "https://one.example.com");
        settings.put(UserSettings.SERVER_URL, "https://two.example.com");

        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("settings.properties");
        }
    }
}
