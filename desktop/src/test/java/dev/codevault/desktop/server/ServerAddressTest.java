package dev.codevault.desktop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a request target is at a server's origin, which decides where the access token goes. */
class ServerAddressTest {

    @Nested
    class SameOrigin {

        @ParameterizedTest(name = "{0} serves {1}")
        @CsvSource({
            "https://vault.example.com, https://vault.example.com/account",
            "https://vault.example.com, https://vault.example.com:443/account",
            "https://vault.example.com:443, https://vault.example.com/account",
            "http://localhost, http://localhost:80/account",
            "http://127.0.0.1:8080, http://127.0.0.1:8080/vaults/1/events",
            "https://vault.example.com, HTTPS://Vault.Example.COM/account",
            "https://vault.example.com/codevault, https://vault.example.com/other",
            "http://[::1]:8080, http://[::1]:8080/account"
        })
        void matches(String server, String target) throws InvalidServerUrlException {
            ServerAddress address = ServerUrlPolicy.check(server);

            assertThat(address.isOriginOf(URI.create(target))).isTrue();
        }
    }

    @Nested
    class OtherOrigin {

        @ParameterizedTest(name = "{0} does not serve {1}")
        @CsvSource({
            "http://127.0.0.1:8080, http://127.0.0.1:8081/account",
            "https://vault.example.com, http://vault.example.com/account",
            "https://vault.example.com, http://vault.example.com:443/account",
            "https://vault.example.com, https://vault.example.com:8443/account",
            "https://vault.example.com, https://other.example.com/account",
            "https://vault.example.com, https://vault.example.com.evil.example/account",
            "http://localhost:8080, http://127.0.0.1:8080/account",
            "https://vault.example.com, /account"
        })
        void doesNotMatch(String server, String target) throws InvalidServerUrlException {
            ServerAddress address = ServerUrlPolicy.check(server);

            assertThat(address.isOriginOf(URI.create(target))).isFalse();
        }
    }
}
