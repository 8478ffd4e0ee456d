package dev.codevault.desktop.server;

/** How the app stands with its server. */
public enum ConnectionState {
    /** A check is running and none has finished yet. */
    CHECKING,
    /** The server answers and every check passed. */
    CONNECTED,
    /** The server answers but reports a failing dependency, such as its database. */
    UNHEALTHY,
    /** The server answers with an API this app cannot use, or is not a CodeVault server. */
    INCOMPATIBLE,
    /** Nothing answers at the address. */
    UNREACHABLE,
    /** The address is refused by {@link ServerUrlPolicy}; nothing is sent. */
    REFUSED
}
