package dev.codevault.backend.system;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build, read once from {@code codevault-build.properties}, which Maven fills in. */
@Singleton
public class BuildInfo {

    private static final String RESOURCE = "/codevault-build.properties";

    private final String version;

    BuildInfo() {
        this.version = load().getProperty("version", "unknown");
    }

    /** Returns the release version of this build, for example {@code 0.1.0}. */
    public String version() {
        return version;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE + " from the class path failed", e);
        }
        return properties;
    }
}
