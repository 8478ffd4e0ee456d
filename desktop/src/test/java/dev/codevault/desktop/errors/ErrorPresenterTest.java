package dev.codevault.desktop.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.desktop.server.ConnectionState;
import dev.codevault.desktop.server.ConnectionStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The error banner and the offline banner, tested without a window. */
class ErrorPresenterTest {

    private static final ConnectionStatus CONNECTED = ConnectionStatus.of(ConnectionState.CONNECTED,
            "Connected to CodeVault 1.0 at https://vault.example.com.");
    private static final ConnectionStatus UNREACHABLE = ConnectionStatus.of(ConnectionState.UNREACHABLE,
            "Cannot reach the server at https://vault.example.com (Connect Error: Connection refused).");

    private final ErrorPresenter errors = new ErrorPresenter();

    @Nested
    class WhileOffline {

        @Test
        void offlineBannerReplacesConnectionError() {
            errors.show("Loading your vaults", unreachable());

            errors.showConnection(UNREACHABLE);

            assertThat(errors.getCurrent()).isNull();
            assertThat(errors.getOfflineMessage()).startsWith("Offline. Cannot reach the server at "
                    + "https://vault.example.com");
        }

        @Test
        void skipsConnectionErrorWhileOffline() {
            errors.showConnection(UNREACHABLE);

            errors.show("Loading your vaults", unreachable());

            assertThat(errors.getCurrent()).isNull();
            assertThat(errors.isOffline()).isTrue();
        }

        @Test
        void showsErrorOfOtherCause() {
            errors.showConnection(UNREACHABLE);

            errors.show("Deleting the passkey Laptop", forbidden());

            assertThat(errors.getCurrent().whatFailed()).isEqualTo("Deleting the passkey Laptop failed.");
            assertThat(errors.isOffline()).isTrue();
        }
    }

    @Nested
    class WhenConnectionIsBack {

        @Test
        void dropsStaleConnectionError() {
            errors.show("Loading your vaults", unreachable());

            errors.showConnection(CONNECTED);

            assertThat(errors.getCurrent()).isNull();
            assertThat(errors.isOffline()).isFalse();
        }

        @Test
        void keepsErrorOfOtherCause() {
            errors.show("Deleting the passkey Laptop", forbidden());
            errors.showConnection(UNREACHABLE);

            errors.showConnection(CONNECTED);

            assertThat(errors.getCurrent().whatFailed()).isEqualTo("Deleting the passkey Laptop failed.");
            assertThat(errors.getOfflineMessage()).isEmpty();
        }
    }

    @Test
    void leavingPageHidesError() {
        errors.show("Deleting the passkey Laptop", forbidden());

        errors.leavePage();

        assertThat(errors.getCurrent()).isNull();
    }

    @Test
    void resetHidesBothBanners() {
        errors.showConnection(UNREACHABLE);
        errors.show("Deleting the passkey Laptop", forbidden());

        errors.reset();

        assertThat(errors.getCurrent()).isNull();
        assertThat(errors.isOffline()).isFalse();
    }

    private static HttpClientException unreachable() {
        return new HttpClientException("Connect Error: Connection refused");
    }

    private static HttpClientResponseException forbidden() {
        return new HttpClientResponseException("Forbidden", HttpResponse.status(HttpStatus.FORBIDDEN));
    }
}
