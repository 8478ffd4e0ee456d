package dev.codevault.desktop.server;

import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server address the app talks to right now. It changes when the user enters another address, and every
 * request that follows goes to the new one. Safe to read from any thread.
 */
@Singleton
public class CurrentServer {

    private final AtomicReference<ServerAddress> address = new AtomicReference<>();

    /** Returns the address in use, or empty while the configured one is refused. */
    public Optional<ServerAddress> address() {
        return Optional.ofNullable(address.get());
    }

    /** Switches to another server; {@code null} stops all requests until an address is accepted. */
    public void use(ServerAddress newAddress) {
        address.set(newAddress);
    }

    /** Returns the base URI for requests, or a URI that no request can reach while no address is accepted. */
    URI requestUri() {
        ServerAddress current = address.get();
        return current == null ? URI.create("http://invalid.invalid") : current.uri();
    }
}
