package dev.codevault.desktop.settings;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings an administrator fixes for every user of a computer, in a {@code config.properties} that only
 * administrators can write: {@code C:\ProgramData\CodeVault} on Windows, {@code /Library/Application Support/CodeVault}
 * on macOS, {@code /etc/codevault} elsewhere, or the file the {@code codevault.admin-config} system property names.
 * Only the keys below are read; the app shows them read-only.
 */
@Singleton
public class AdminSettings {

    /** Key of the server address every user of this computer must use. */
    public static final String SERVER_URL = "serverUrl";

    /** Key of the largest archive the app uploads, in bytes; it should match the server's limit. */
    public static final String MAX_ARCHIVE_BYTES = "maxArchiveBytes";

    private static final Logger LOG = LoggerFactory.getLogger(AdminSettings.class);

    private final Path file;
    private Properties values;

    public AdminSettings(@Nullable @Property(name = "codevault.admin-config") String configuredFile) {
        this.file = configuredFile == null || configuredFile.isBlank() ? defaultFile() : Path.of(configuredFile);
    }

    /** Returns the server address the administrator fixed, or empty when users choose their own. */
    public synchronized Optional<String> serverUrl() {
        return Optional.ofNullable(values().getProperty(SERVER_URL)).map(String::strip).filter(url -> !url.isEmpty());
    }

    /** Returns the largest archive the administrator allows, or empty for the built-in limit. */
    public synchronized OptionalLong maxArchiveBytes() {
        String text = values().getProperty(MAX_ARCHIVE_BYTES);
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long bytes = Long.parseLong(text.strip());
            return bytes > 0 ? OptionalLong.of(bytes) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            LOG.warn("Ignoring {}={} in {}: it is not a whole number of bytes", MAX_ARCHIVE_BYTES, text, file);
            return OptionalLong.empty();
        }
    }

    /** Returns the file the settings come from, for messages. */
    public Path file() {
        return file;
    }

    private Properties values() {
        if (values == null) {
            values = load(file);
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
            LOG.info("Read the administrator's settings from {}", file);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring the unreadable administrator settings file {}: {}", file, e.getMessage());
        }
        return properties;
    }

    private static Path defaultFile() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String programData = System.getenv("ProgramData");
            return Path.of(programData == null ? "C:\\ProgramData" : programData, "CodeVault", "config.properties");
        }
        if (os.startsWith("mac")) {
            return Path.of("/Library/Application Support/CodeVault/config.properties");
        }
        return Path.of("/etc/codevault/config.properties");
    }
}
