package dev.codevault.desktop.server;

/** A server address that the app refuses; the message states why and what to enter instead. */
public final class InvalidServerUrlException extends Exception {

    private final String url;

    public InvalidServerUrlException(String url, String message) {
        super(message);
        this.url = url;
    }

    /** Returns the address as the user or the settings gave it. */
    public String url() {
        return url;
    }
}
