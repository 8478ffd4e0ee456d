package dev.codevault.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codevault.common.auth.CodeExchangeRequest;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.InvalidServerUrlException;
import dev.codevault.desktop.server.ServerUrlPolicy;
import dev.codevault.desktop.testing.Fakes;
import dev.codevault.desktop.testing.NoBrowser;
import io.micronaut.http.uri.QueryStringDecoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The browser sign-in when no browser opens: the person opens the page by hand, and the browser's return reaches
 * the app's loopback receiver over real HTTP.
 */
class BrowserSignInTest {

    private static final long WAIT_SECONDS = 10;

    private final TokenResponse tokens = new TokenResponse("access", TokenResponse.BEARER, 900, "refresh", 86400);
    private final List<CodeExchangeRequest> exchanges = new ArrayList<>();
    private final AuthClient auth = Fakes.of(AuthClient.class)
            .answer("exchangeCode", args -> {
                exchanges.add((CodeExchangeRequest) args[0]);
                return tokens;
            })
            .build();
    private final CurrentServer server = new CurrentServer();

    @Test
    void waitsForPageOpenedByHand() throws Exception {
        CompletableFuture<PageToOpenByHand> shown = new CompletableFuture<>();
        CompletableFuture<TokenResponse> signIn = signInAsync(shown);
        PageToOpenByHand page = shown.get(WAIT_SECONDS, TimeUnit.SECONDS);

        int status = returnFromPage(page.address(), "the-code");

        assertThat(status).isEqualTo(200);
        assertThat(signIn.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(tokens);
        assertThat(exchanges).extracting(CodeExchangeRequest::code).containsExactly("the-code");
    }

    @Test
    void handsOnSignInPageAndReason() throws Exception {
        CompletableFuture<PageToOpenByHand> shown = new CompletableFuture<>();
        CompletableFuture<TokenResponse> signIn = signInAsync(shown);

        PageToOpenByHand page = shown.get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(page.address().toString()).startsWith("https://vault.example.com/sign-in?redirect_uri=");
        assertThat(page.reason()).isEqualTo(NoBrowser.REASON);
        returnFromPage(page.address(), "the-code");
        signIn.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void sendsNoCodeToServerChangedMeanwhile() throws Exception {
        CompletableFuture<PageToOpenByHand> shown = new CompletableFuture<>();
        CompletableFuture<TokenResponse> signIn = signInAsync(shown);
        PageToOpenByHand page = shown.get(WAIT_SECONDS, TimeUnit.SECONDS);
        server.use(ServerUrlPolicy.check("https://other.example.com"));

        returnFromPage(page.address(), "the-code");

        assertThatThrownBy(() -> signIn.get(WAIT_SECONDS, TimeUnit.SECONDS))
                .cause()
                .isInstanceOf(SignInFailedException.class)
                .hasMessageContaining("The server address changed during the sign-in");
        assertThat(exchanges).isEmpty();
    }

    private CompletableFuture<TokenResponse> signInAsync(CompletableFuture<PageToOpenByHand> shown)
            throws InvalidServerUrlException {
        server.use(ServerUrlPolicy.check("https://vault.example.com"));
        BrowserSignIn browserSignIn = new BrowserSignIn(server, new NoBrowser(), auth);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return browserSignIn.signIn(shown::complete);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the sign-in was interrupted", e);
            }
        });
    }

    /** Sends the browser back to the app, as the sign-in page does once the person signed in. */
    private static int returnFromPage(URI page, String code) throws Exception {
        QueryStringDecoder query = new QueryStringDecoder(page);
        String redirectUri = query.parameters().get("redirect_uri").get(0);
        String state = query.parameters().get("state").get(0);
        HttpRequest request = HttpRequest.newBuilder(URI.create(redirectUri + "?code=" + code + "&state=" + state))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
