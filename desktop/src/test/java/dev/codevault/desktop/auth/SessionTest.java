package dev.codevault.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When the session refreshes its access token. */
class SessionTest {

    @ParameterizedTest
    @CsvSource({
        "900, 720",
        "3600, 2880",
        "120, 60",
        "30, 5",
        "1, 5"})
    void refreshesBeforeExpiry(long expiresIn, long expectedDelay) {
        assertThat(Session.refreshDelay(expiresIn)).isEqualTo(Duration.ofSeconds(expectedDelay));
    }
}
