package dev.codevault.desktop.server;

import java.net.URI;

/**
 * The address of a CodeVault server that passed {@link ServerUrlPolicy}: http or https, with a host, no user
 * information, query or fragment, and no trailing slash.
 *
 * @param uri the base address; API paths are resolved against it
 */
public record ServerAddress(URI uri) {

    @Override
    public String toString() {
        return uri.toString();
    }
}
