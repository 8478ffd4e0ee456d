package dev.codevault.desktop.auth;

import dev.codevault.common.auth.AuthApi;
import dev.codevault.common.auth.CodeExchangeRequest;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.ServerAddress;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs in through the system browser (RFC 8252): starts a {@link LoopbackReceiver}, opens the server's sign-in
 * page with the loopback redirect URI, a random {@code state} and a PKCE challenge, waits for the code and
 * exchanges it, with the verifier, for tokens. Passkeys work this way on every desktop OS, because the browser
 * talks to Windows Hello, Touch ID, security keys and phones.
 */
@Singleton
public class BrowserSignIn {

    /** How long the app waits for the browser before giving up. */
    public static final Duration TIMEOUT = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(BrowserSignIn.class);

    private final CurrentServer currentServer;
    private final BrowserLauncher browser;
    private final AuthClient auth;

    BrowserSignIn(CurrentServer currentServer, BrowserLauncher browser, AuthClient auth) {
        this.currentServer = currentServer;
        this.browser = browser;
        this.auth = auth;
    }

    /**
     * Runs the sign-in and blocks until it completes; run it off the JavaFX thread. Interrupting the thread cancels
     * the wait. When no browser opens, it hands the page to {@code openByHand}, on the calling thread, and waits
     * for the person to open it by hand.
     *
     * @throws SignInFailedException when no server is set, the browser does not come back in time, the server
     *                               address changed meanwhile or the server rejects the code
     * @throws InterruptedException  when the sign-in was cancelled
     */
    public TokenResponse signIn(Consumer<PageToOpenByHand> openByHand) throws InterruptedException {
        ServerAddress server = currentServer.address().orElseThrow(
                () -> new SignInFailedException("No server address is set. Enter your server's address first.", null));
        Pkce pkce = Pkce.generate();
        String state = Pkce.randomToken();
        try (LoopbackReceiver receiver = LoopbackReceiver.start(state)) {
            open(signInPage(server, receiver.redirectUri(), state, pkce), openByHand);
            String code = receiver.awaitCode(TIMEOUT);
            requireSameServer(server);
            LOG.info("The browser returned a sign-in code; exchanging it");
            return auth.exchangeCode(new CodeExchangeRequest(code, pkce.verifier(),
                    receiver.redirectUri().toString()));
        } catch (TimeoutException e) {
            throw new SignInFailedException("The browser did not return within " + TIMEOUT.toMinutes()
                    + " minutes. Try again.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("starting the loopback receiver on 127.0.0.1 failed", e);
        }
    }

    /**
     * Checks that the current server is still the one whose sign-in page issued the code, because the auth client sends
     * the code and its verifier to the current server.
     */
    private void requireSameServer(ServerAddress server) {
        if (currentServer.address().filter(server::equals).isEmpty()) {
            throw SignInFailedException.serverChanged(server);
        }
    }

    private void open(URI page, Consumer<PageToOpenByHand> openByHand) {
        try {
            browser.open(page);
        } catch (SignInFailedException e) {
            // The page's address carries the sign-in's state, so the log names the failure's type only.
            LOG.warn("No browser opened the sign-in page ({}); showing its address to open by hand",
                    e.getCause() == null ? "no cause" : e.getCause().getClass().getSimpleName());
            openByHand.accept(new PageToOpenByHand(page, e.getMessage()));
        }
    }

    /** Returns the address of the sign-in page for one sign-in. */
    static URI signInPage(ServerAddress server, URI redirectUri, String state, Pkce pkce) {
        return UriBuilder.of(server.uri()).path(AuthApi.SIGN_IN_PAGE_PATH)
                .queryParam("redirect_uri", redirectUri.toString())
                .queryParam("state", state)
                .queryParam("code_challenge", pkce.challenge())
                .queryParam("code_challenge_method", "S256")
                .build();
    }
}
