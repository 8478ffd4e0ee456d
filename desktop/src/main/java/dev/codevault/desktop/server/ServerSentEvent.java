package dev.codevault.desktop.server;

/**
 * One server-sent event.
 *
 * @param name the event name, {@code message} when the server gave none
 * @param data the data lines joined with line feeds
 */
public record ServerSentEvent(String name, String data) {
}
