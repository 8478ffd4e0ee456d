package dev.codevault.backend.auth.page;

import dev.codevault.backend.auth.PublicUrl;
import dev.codevault.backend.auth.token.LoopbackRedirectUri;
import dev.codevault.backend.auth.token.Pkce;
import dev.codevault.backend.error.InvalidRequestException;
import dev.codevault.common.auth.AuthApi;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;

/**
 * Serves the sign-in web page: passkey and passcode sign-in in plain HTML and a little JavaScript. A native app
 * opens it in the system browser with a loopback redirect URI, {@code state} and a PKCE S256 challenge (RFC 8252);
 * the page checks them before showing anything, and after sign-in sends the browser to the redirect URI with a
 * one-time code. Without those parameters the page signs in and offers to create a passkey, nothing more.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInPageController {

    private static final String SCRIPT_PATH = AuthApi.SIGN_IN_PAGE_PATH + "/sign-in.js";
    private static final String STYLE_PATH = AuthApi.SIGN_IN_PAGE_PATH + "/sign-in.css";
    private static final MediaType JAVASCRIPT = MediaType.of("text/javascript;charset=utf-8");
    private static final MediaType CSS = MediaType.of("text/css;charset=utf-8");
    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final PublicUrl publicUrl;
    private final PageResources resources;

    SignInPageController(PublicUrl publicUrl, PageResources resources) {
        this.publicUrl = publicUrl;
        this.resources = resources;
    }

    /**
     * Returns the page, a redirect to the same page on the public URL when the request came in under another
     * address (passkeys work only on the public URL's origin), or an error page when the app's parameters are
     * wrong. An error never redirects, so a bad redirect URI is never followed.
     */
    @Get(AuthApi.SIGN_IN_PAGE_PATH)
    MutableHttpResponse<String> page(HttpRequest<?> request,
                                     @Nullable @QueryValue("redirect_uri") String redirectUri,
                                     @Nullable @QueryValue String state,
                                     @Nullable @QueryValue("code_challenge") String codeChallenge,
                                     @Nullable @QueryValue("code_challenge_method") String codeChallengeMethod) {
        if (!isPublicHost(request)) {
            URI canonical = URI.create(publicUrl.uri() + request.getUri().toString());
            return secured(HttpResponse.<String>status(HttpStatus.FOUND).header(HttpHeaders.LOCATION,
                    canonical.toString()));
        }
        AppRequest app;
        try {
            app = AppRequest.of(redirectUri, state, codeChallenge, codeChallengeMethod);
        } catch (InvalidRequestException e) {
            return secured(HttpResponse.<String>status(HttpStatus.BAD_REQUEST).body(resources.errorPage(
                    e.getMessage())));
        }
        return secured(HttpResponse.ok(resources.page(app)));
    }

    /** Returns the page's script. */
    @Get(SCRIPT_PATH)
    MutableHttpResponse<String> script() {
        return HttpResponse.ok(resources.script()).contentType(JAVASCRIPT)
                .header("X-Content-Type-Options", "nosniff");
    }

    /** Returns the page's style sheet. */
    @Get(STYLE_PATH)
    MutableHttpResponse<String> style() {
        return HttpResponse.ok(resources.style()).contentType(CSS).header("X-Content-Type-Options", "nosniff");
    }

    private boolean isPublicHost(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        return host != null && host.equalsIgnoreCase(publicUrl.uri().getRawAuthority());
    }

    private static MutableHttpResponse<String> secured(MutableHttpResponse<String> response) {
        return response.contentType(HTML)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /**
     * The parameters a native app opened the page with, checked.
     *
     * @param redirectUri   the loopback redirect URI, or {@code null} when no app asked
     * @param state         the app's state value
     * @param codeChallenge the app's PKCE S256 challenge
     */
    record AppRequest(@Nullable String redirectUri, @Nullable String state, @Nullable String codeChallenge) {

        static AppRequest of(@Nullable String redirectUri, @Nullable String state, @Nullable String codeChallenge,
                             @Nullable String codeChallengeMethod) {
            boolean anyGiven = redirectUri != null || state != null || codeChallenge != null
                    || codeChallengeMethod != null;
            if (!anyGiven) {
                return new AppRequest(null, null, null);
            }
            if (redirectUri == null || redirectUri.isBlank()) {
                throw new InvalidRequestException("The app did not send a redirect_uri, so the page cannot send the "
                        + "sign-in back to it. Start the sign-in again from the app.");
            }
            LoopbackRedirectUri.check(redirectUri);
            if (state == null || state.isBlank() || state.length() > 200) {
                throw new InvalidRequestException("The app sent no state, or one longer than 200 characters. Start "
                        + "the sign-in again from the app.");
            }
            if (!Pkce.S256.equals(codeChallengeMethod) || codeChallenge == null
                    || !codeChallenge.matches("[A-Za-z0-9_-]{43}")) {
                throw new InvalidRequestException("The app sent no PKCE S256 code challenge "
                        + "(code_challenge_method=S256 and a 43-character code_challenge). Start the sign-in again "
                        + "from the app, or update it.");
            }
            return new AppRequest(redirectUri, state, codeChallenge);
        }
    }
}
