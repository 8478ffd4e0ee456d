package dev.codevault.desktop.server;

/** State of the connection between the app and its server. */
public enum ConnectionState {
    /** A check is running and none has finished yet. */
    CHECKING,
    /** The server responds and every check passed. */
    CONNECTED,
    /** The server responds but reports a failing dependency, such as its database. */
    UNHEALTHY,
    /** The server responds with an API this app cannot use, or is not a CodeVault server. */
    INCOMPATIBLE,
    /** Nothing responds at the address. */
    UNREACHABLE,
    /** The address is refused by {@link ServerUrlPolicy}; nothing is sent. */
    REFUSED
}
