package dev.codevault.desktop.server;

import java.util.Set;

/**
 * Outcome of one connection check.
 *
 * @param state    the state of the connection
 * @param message  one sentence for the user: what is the case and, when something fails, what to do
 * @param features the optional features the server offers; empty when it did not answer
 */
public record ConnectionStatus(ConnectionState state, String message, Set<String> features) {

    public ConnectionStatus {
        features = Set.copyOf(features);
    }

    /** Returns a status for a server that did not tell its features. */
    public static ConnectionStatus of(ConnectionState state, String message) {
        return new ConnectionStatus(state, message, Set.of());
    }
}
