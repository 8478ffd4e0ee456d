package dev.codevault.desktop.auth;

import dev.codevault.desktop.server.ClientIdentity;
import dev.codevault.desktop.server.CodeVaultServerInstances;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Adds the app's {@code User-Agent} to every request to the CodeVault server, and the signed-in session's access
 * token to those that have none and go to the server that issued the token.
 */
@ClientFilter(serviceId = CodeVaultServerInstances.ID)
class BearerTokenFilter {

    private final SessionTokens tokens;

    BearerTokenFilter(SessionTokens tokens) {
        this.tokens = tokens;
    }

    @RequestFilter
    void addAccessToken(MutableHttpRequest<?> request) {
        request.getHeaders().set(HttpHeaders.USER_AGENT, ClientIdentity.userAgent());
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        // Micronaut's HTTP client (4.10) resolves the current server before it runs the filters, so the URI is absolute
        // and names the server that receives the request. A relative URI would match no issuer and get no token.
        tokens.accessTokenFor(request.getUri()).ifPresent(request::bearerAuth);
    }
}
