package dev.codevault.backend.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

/**
 * Who sent a sign-in request, for rate limits and the session list.
 *
 * @param address   the client's IP address as {@link ClientAddresses} tells it; behind a reverse proxy, set
 *                  {@code micronaut.server.client-address-header} so it is not the proxy's
 * @param userAgent the {@code User-Agent} header cut to 200 characters, or {@code null}
 */
public record ClientInfo(String address, @Nullable String userAgent) {

    private static final int MAX_ADDRESS = 64;
    private static final int MAX_USER_AGENT = 200;

    /** Reads the client of a request. */
    public static ClientInfo of(HttpRequest<?> request, ClientAddresses addresses) {
        String address = addresses.of(request);
        String userAgent = request.getHeaders().get(HttpHeaders.USER_AGENT);
        return new ClientInfo(cut(address == null ? "unknown" : address, MAX_ADDRESS),
                userAgent == null || userAgent.isBlank() ? null : cut(userAgent.strip(), MAX_USER_AGENT));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
