package dev.codevault.backend.sources;

import java.net.URI;

/**
 * The URL of a git remote that passed {@link RemoteUrlPolicy}: {@code https} (or {@code http} where allowed),
 * with a host, and without a user name, password, query or fragment, so it is safe to store, log and show.
 *
 * @param uri the normalised URL
 */
public record RemoteUrl(URI uri) {

    /** Returns the host name. */
    public String host() {
        return uri.getHost();
    }

    /** Returns the URL as text. */
    @Override
    public String toString() {
        return uri.toString();
    }
}
