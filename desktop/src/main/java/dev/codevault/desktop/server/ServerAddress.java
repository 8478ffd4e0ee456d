package dev.codevault.desktop.server;

import java.net.URI;
import java.util.Locale;

/**
 * The address of a CodeVault server that passed {@link ServerUrlPolicy}: http or https, with a host, no user
 * information, query or fragment, and no trailing slash.
 *
 * @param uri the base address; API paths are resolved against it
 */
public record ServerAddress(URI uri) {

    /**
     * Returns whether a request to {@code target} goes to this server's origin: the same scheme, host and port,
     * where a URI without a port uses its scheme's default port. The path does not matter. A relative URI names no
     * server, so it never matches.
     */
    public boolean isOriginOf(URI target) {
        if (target.getScheme() == null || target.getHost() == null) {
            return false;
        }
        return target.getScheme().equalsIgnoreCase(uri.getScheme())
                && target.getHost().equalsIgnoreCase(uri.getHost())
                && effectivePort(target) == effectivePort(uri);
    }

    private static int effectivePort(URI address) {
        if (address.getPort() >= 0) {
            return address.getPort();
        }
        return switch (address.getScheme().toLowerCase(Locale.ROOT)) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
