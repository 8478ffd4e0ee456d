package dev.codevault.desktop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerUrlPolicyTest {

    @Nested
    class Accepts {

        @Test
        void httpsServer() throws InvalidServerUrlException {
            assertThat(ServerUrlPolicy.check("https://codevault.example.com").toString())
                    .isEqualTo("https://codevault.example.com");
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080",
            "http://127.1.2.3", "http://LOCALHOST"})
        void plainHttpOnThisComputer(String url) throws InvalidServerUrlException {
            assertThat(ServerUrlPolicy.check(url).uri().getScheme()).isEqualTo("http");
        }

        @Test
        void pathPrefixWithoutTrailingSlash() throws InvalidServerUrlException {
            assertThat(ServerUrlPolicy.check(" https://Example.com/codevault/ ").toString())
                    .isEqualTo("https://example.com/codevault");
        }
    }

    @Nested
    class Refuses {

        @ParameterizedTest
        @ValueSource(strings = {"http://example.com", "http://10.0.0.5:8080", "http://127.0.0.1.example.com",
            "http://localhost.example.com", "http://0.0.0.0:8080", "http://[::ffff:127.0.0.1]"})
        void plainHttpToAnotherComputer(String url) {
            assertThatThrownBy(() -> ServerUrlPolicy.check(url))
                    .isInstanceOf(InvalidServerUrlException.class)
                    .hasMessageContaining("plain http")
                    .hasMessageContaining("https://");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ftp://example.com", "file:///etc/passwd", "example.com", "javascript:alert(1)"})
        void addressesThatAreNotWebAddresses(String url) {
            assertThatThrownBy(() -> ServerUrlPolicy.check(url))
                    .isInstanceOf(InvalidServerUrlException.class)
                    .hasMessageContaining(url);
        }

        @Test
        void userInformation() {
            assertThatThrownBy(() -> ServerUrlPolicy.check("https://admin:secret@example.com"))
                    .hasMessageContaining("must not contain a user name or password")
                    .hasMessageNotContaining("secret");
        }

        @Test
        void queryString() {
            assertThatThrownBy(() -> ServerUrlPolicy.check("https://example.com/?token=abc"))
                    .hasMessageContaining("must not contain '?' or '#'");
        }

        @Test
        void emptyAddress() {
            assertThatThrownBy(() -> ServerUrlPolicy.check("  "))
                    .hasMessageContaining("Enter the address of your CodeVault server");
        }

        @Test
        void malformedAddress() {
            assertThatThrownBy(() -> ServerUrlPolicy.check("https://exa mple.com"))
                    .hasMessageContaining("is not a valid address");
        }
    }
}
