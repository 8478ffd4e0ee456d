package dev.codevault.desktop.settings;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's own settings, kept in {@code settings.properties} in the per-user configuration folder of the
 * operating system, or in the folder the {@code codevault.settings-dir} system property names. Thread-safe.
 */
@Singleton
public class UserSettings {

    /** Key of the server address the user entered. */
    public static final String SERVER_URL = "serverUrl";

    /** Key of the theme: a {@link ThemeMode} name. */
    public static final String THEME = "theme";

    /** Key of the main window's position and size, as {@code x,y,width,height,maximized}. */
    public static final String WINDOW_BOUNDS = "window.bounds";

    private static final Logger LOG = LoggerFactory.getLogger(UserSettings.class);
    private static final String FILE_NAME = "settings.properties";

    private final Path folder;
    private Properties values;

    public UserSettings(@Nullable @Property(name = "codevault.settings-dir") String configuredFolder) {
        this.folder = configuredFolder == null || configuredFolder.isBlank()
                ? defaultFolder()
                : Path.of(configuredFolder);
    }

    /** Returns the folder of the settings file, where other per-user files of the app go too. */
    public Path folder() {
        return folder;
    }

    /** Returns the value saved under a key. */
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values().getProperty(key));
    }

    /**
     * Saves a value under a key and writes the file at once, replacing it whole so a crash never leaves half a file.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public synchronized void put(String key, String value) {
        values().setProperty(key, value);
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".settings", ".tmp");
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                values.store(writer, "CodeVault user settings");
            }
            Files.move(partial, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("saving the settings in " + folder + " failed", e);
        }
    }

    private Properties values() {
        if (values == null) {
            values = load(folder.resolve(FILE_NAME));
        }
        return values;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (!Files.isRegularFile(file)) {
            return properties;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            // A damaged settings file must not keep the app from starting; the defaults apply instead.
            LOG.warn("Ignoring the unreadable settings file {}: {}", file, e.getMessage());
        }
        return properties;
    }

    private static Path defaultFolder() {
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return appData == null ? Path.of(home, "AppData", "Roaming", "CodeVault") : Path.of(appData, "CodeVault");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "CodeVault");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return xdg == null || xdg.isBlank() ? Path.of(home, ".config", "codevault") : Path.of(xdg, "codevault");
    }
}
