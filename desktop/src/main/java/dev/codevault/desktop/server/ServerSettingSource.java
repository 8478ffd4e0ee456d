package dev.codevault.desktop.server;

/** Where the server address in use came from, in the order the app looks. */
public enum ServerSettingSource {
    /** The address an administrator fixed for this computer; users cannot change it. */
    ADMINISTRATOR,
    /**
     * The {@code --server-url} argument or the {@code codevault.server-url} system property; fixed for this run, so
     * users cannot change it in the app.
     */
    COMMAND_LINE,
    /** The address the user saved in the app. */
    USER_SETTINGS,
    /** The {@code CODEVAULT_SERVER_URL} environment variable. */
    ENVIRONMENT,
    /** The local backend that {@code codevault start} runs. */
    DEFAULT
}
