package dev.codevault.desktop.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The launcher command of the system browser, run as real processes: {@code true}, {@code false} and {@code sleep}. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SystemBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void reportsLauncherThatFails() {
        assertThatThrownBy(() -> SystemBrowser.launch(List.of("false"), WAIT))
                .isInstanceOf(IOException.class)
                .hasMessage("false exited with status 1");
    }

    @Test
    void reportsMissingLauncher() {
        assertThatThrownBy(() -> SystemBrowser.launch(List.of("codevault-no-such-launcher"), WAIT))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("codevault-no-such-launcher");
    }

    @Test
    void acceptsLauncherThatSucceeds() {
        assertThatCode(() -> SystemBrowser.launch(List.of("true"), WAIT)).doesNotThrowAnyException();
    }

    @Test
    void acceptsLauncherStillRunningAfterWait() {
        assertThatCode(() -> SystemBrowser.launch(List.of("sleep", "2"), Duration.ofMillis(200)))
                .doesNotThrowAnyException();
    }
}
