package dev.codevault.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The loopback end of the browser sign-in, called over real HTTP as the browser would. */
class LoopbackReceiverTest {

    private final HttpClient browser = HttpClient.newHttpClient();

    @Test
    void listensOnLoopbackAddress() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start("state-1")) {
            assertThat(receiver.redirectUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/callback");
        }
    }

    @Test
    void receivesCodeWithMatchingState() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start("state-1")) {
            int status = visit(receiver.redirectUri() + "?code=the-code&state=state-1");

            assertThat(status).isEqualTo(200);
            assertThat(receiver.awaitCode(Duration.ofSeconds(1))).isEqualTo("the-code");
        }
    }

    @Test
    void rejectsWrongState() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start("state-1")) {
            int status = visit(receiver.redirectUri() + "?code=injected&state=other");

            assertThat(status).isEqualTo(400);
            assertThatThrownBy(() -> receiver.awaitCode(Duration.ofMillis(300)))
                    .isInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void keepsFirstCode() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start("state-1")) {
            visit(receiver.redirectUri() + "?code=first&state=state-1");

            int status = visit(receiver.redirectUri() + "?code=second&state=state-1");

            assertThat(status).isEqualTo(400);
            assertThat(receiver.awaitCode(Duration.ofSeconds(1))).isEqualTo("first");
        }
    }

    @Test
    void reportsErrorFromPage() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start("state-1")) {
            visit(receiver.redirectUri() + "?error=access_denied&state=state-1");

            assertThatThrownBy(() -> receiver.awaitCode(Duration.ofSeconds(1)))
                    .isInstanceOf(SignInFailedException.class)
                    .hasMessageContaining("access_denied");
        }
    }

    @Test
    void derivesS256Challenge() {
        // The example of RFC 7636, appendix B.
        assertThat(Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    private int visit(String address) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
