package dev.codevault.desktop.server;

import java.util.Locale;

/**
 * The app's name and system in the {@code User-Agent} header, so the settings' list of sessions shows which app and
 * system each session belongs to.
 */
public final class ClientIdentity {

    private static final String USER_AGENT = "CodeVault Desktop/" + version() + " ("
            + System.getProperty("os.name", "unknown system") + "; " + System.getProperty("os.arch", "")
            .toLowerCase(Locale.ROOT) + ")";

    private ClientIdentity() {
    }

    /** Returns the {@code User-Agent} value, for example {@code CodeVault Desktop/0.1.0 (Linux; amd64)}. */
    public static String userAgent() {
        return USER_AGENT;
    }

    private static String version() {
        String version = ClientIdentity.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
