package dev.codevault.desktop.auth;

import dev.codevault.desktop.server.ClientIdentity;
import dev.codevault.desktop.server.CodeVaultServerInstances;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Adds the signed-in session's access token to every request to the CodeVault server that has none, and the app's
 * {@code User-Agent}.
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
        tokens.current().ifPresent(current -> request.bearerAuth(current.accessToken()));
    }
}
