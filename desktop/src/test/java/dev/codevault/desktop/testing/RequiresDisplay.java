package dev.codevault.desktop.testing;

import java.util.Locale;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a window test at once, with what to do, when there is no display to open the window on, instead of
 * letting the toolkit time out.
 */
public final class RequiresDisplay implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (linux && !display) {
            throw new IllegalStateException("This test opens a window, but DISPLAY is not set. Run the tests with "
                    + "./codevault test, which starts Xvfb, or skip window tests with -Dcodevault.skipUiTests=true.");
        }
    }
}
