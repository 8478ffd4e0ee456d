package dev.codevault.backend.auth.token;

import dev.codevault.backend.error.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The only redirect URIs the sign-in page sends codes to: a native app's loopback address
 * {@code http://127.0.0.1:<port>/<path>} on any port, as RFC 8252 section 7.3 describes. Nothing that could reach
 * another computer is accepted, so a code never leaves the machine the browser runs on.
 */
public final class LoopbackRedirectUri {

    private static final String LOOPBACK = "127.0.0.1";

    private LoopbackRedirectUri() {
    }

    /**
     * Checks a redirect URI.
     *
     * @return the parsed URI
     * @throws InvalidRequestException when it is not a loopback address of the accepted form
     */
    public static URI check(String redirectUri) {
        URI uri = parse(redirectUri);
        boolean loopback = "http".equals(uri.getScheme()) && LOOPBACK.equals(uri.getHost())
                && uri.getPort() > 0 && uri.getPort() <= 65_535 && uri.getRawUserInfo() == null
                && uri.getRawQuery() == null && uri.getRawFragment() == null
                && uri.getRawPath() != null && uri.getRawPath().startsWith("/");
        if (!loopback) {
            throw rejected(redirectUri);
        }
        return uri;
    }

    private static URI parse(String redirectUri) {
        try {
            return new URI(redirectUri);
        } catch (URISyntaxException e) {
            throw rejected(redirectUri);
        }
    }

    private static InvalidRequestException rejected(String redirectUri) {
        return new InvalidRequestException("The redirect_uri '" + redirectUri + "' is not accepted. CodeVault sends "
                + "sign-in codes only to an app on this computer, at http://127.0.0.1:<port>/<path> with no query or "
                + "fragment.");
    }
}
