package dev.codevault.desktop.server;

import java.nio.file.Path;

/**
 * The server address as configured, before {@link ServerUrlPolicy} checks it.
 *
 * @param url    the address as written
 * @param source where it came from
 */
public record ServerSetting(String url, ServerSettingSource source) {

    /** The address of the backend that {@code codevault start} runs on this computer. */
    public static final String DEFAULT_URL = "http://127.0.0.1:8080";

    /**
     * Returns whether the user may change the address in the app. An address from the administrator or from the
     * command line is fixed for this run, because it comes before the address the app would save.
     */
    public boolean editable() {
        return source != ServerSettingSource.ADMINISTRATOR && source != ServerSettingSource.COMMAND_LINE;
    }

    /**
     * Returns the sentence shown beside a fixed address: where it comes from and how to use another server. Returns
     * an empty string for an address the user may change.
     *
     * @param adminFile the administrator's settings file, named for an address fixed there
     */
    public String fixedAddressNote(Path adminFile) {
        return switch (source) {
            case ADMINISTRATOR -> "Your administrator fixed this address in " + adminFile + ".";
            case COMMAND_LINE -> "Set by --server-url (or -Dcodevault.server-url) for this run. To use another "
                    + "server, quit CodeVault and start it with another address, or without one.";
            default -> "";
        };
    }

    /**
     * Picks the server address: the command line, then the user's settings, then the environment, then the
     * local default. Blank values count as absent.
     */
    public static ServerSetting resolve(String commandLine, String userSettings, String environment) {
        return resolve(null, commandLine, userSettings, environment);
    }

    /**
     * Picks the server address: the administrator's fixed address before anything else, then as
     * {@link #resolve(String, String, String)}.
     */
    public static ServerSetting resolve(String administrator, String commandLine, String userSettings,
                                        String environment) {
        if (isSet(administrator)) {
            return new ServerSetting(administrator.strip(), ServerSettingSource.ADMINISTRATOR);
        }
        if (isSet(commandLine)) {
            return new ServerSetting(commandLine.strip(), ServerSettingSource.COMMAND_LINE);
        }
        if (isSet(userSettings)) {
            return new ServerSetting(userSettings.strip(), ServerSettingSource.USER_SETTINGS);
        }
        if (isSet(environment)) {
            return new ServerSetting(environment.strip(), ServerSettingSource.ENVIRONMENT);
        }
        return new ServerSetting(DEFAULT_URL, ServerSettingSource.DEFAULT);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
