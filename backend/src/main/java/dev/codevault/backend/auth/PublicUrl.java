package dev.codevault.backend.auth;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The address people reach the server at in a browser: {@code CODEVAULT_PUBLIC_URL}, or
 * {@code http://localhost:<port>} on the port the server listens on. The sign-in page is served there, and passkeys
 * are bound to its host, so it must be a name (browsers refuse an IP address as a WebAuthn RP id).
 */
@Singleton
public class PublicUrl {

    @Nullable
    private final String configured;
    private final Provider<EmbeddedServer> server;
    private volatile URI resolved;

    PublicUrl(@Nullable @Property(name = "codevault.public-url") String configured, Provider<EmbeddedServer> server) {
        this.configured = configured;
        this.server = server;
    }

    /** Returns the public base address without a trailing slash. */
    public URI uri() {
        URI uri = resolved;
        if (uri == null) {
            uri = resolve();
            resolved = uri;
        }
        return uri;
    }

    /** Returns the origin of the public address: scheme, host and port, as browsers write it. */
    public String origin() {
        URI uri = uri();
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private URI resolve() {
        if (configured == null || configured.isBlank()) {
            EmbeddedServer embedded = server.get();
            return URI.create(embedded.getScheme() + "://localhost:" + embedded.getPort());
        }
        String text = configured.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new IllegalStateException("CODEVAULT_PUBLIC_URL (codevault.public-url) '" + configured
                        + "' is not an http or https address. Set it to the address people open in a browser, for "
                        + "example https://codevault.example.com.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("CODEVAULT_PUBLIC_URL (codevault.public-url) '" + configured + "' is not "
                    + "a valid address: " + e.getReason() + ". Set it to an address such as "
                    + "https://codevault.example.com.", e);
        }
    }
}
