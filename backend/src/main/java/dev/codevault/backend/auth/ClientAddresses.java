package dev.codevault.backend.auth;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;

/**
 * Tells the address a request came from, for rate limits and the session list. Micronaut's resolver believes any
 * {@code Forwarded} or {@code X-Forwarded-For} header, which anyone can send to dodge a per-address limit, so it is
 * asked only when an administrator has named the header their reverse proxy sets
 * ({@code micronaut.server.client-address-header}); otherwise the connection's own address counts.
 */
@Singleton
public class ClientAddresses {

    private final HttpClientAddressResolver resolver;
    private final boolean proxyHeaderConfigured;

    ClientAddresses(HttpClientAddressResolver resolver,
                    @Nullable @Property(name = "micronaut.server.client-address-header") String proxyHeader) {
        this.resolver = resolver;
        this.proxyHeaderConfigured = proxyHeader != null && !proxyHeader.isBlank();
    }

    /** Returns the client's address, or {@code unknown} when the request has none. */
    public String of(HttpRequest<?> request) {
        if (proxyHeaderConfigured) {
            String forwarded = resolver.resolve(request);
            return forwarded == null ? "unknown" : forwarded;
        }
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
