package dev.codevault.desktop.auth;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens the system's default browser: through {@link Desktop} where the platform supports it, otherwise with
 * {@code xdg-open} (Linux), {@code open} (macOS) or {@code rundll32} (Windows).
 */
@Singleton
@Secondary
class SystemBrowser implements BrowserLauncher {

    /**
     * How long to wait for the launcher command to report a failure. NOTE: an estimate. {@code xdg-open} and
     * {@code open} exit once they have handed the address on, and a launcher still running after this wait counts
     * as opened, because some run a terminal browser in the foreground.
     */
    static final Duration LAUNCHER_WAIT = Duration.ofSeconds(3);

    @Override
    public void open(URI address) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(address);
                return;
            }
            launch(command(address), LAUNCHER_WAIT);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // On X11, Desktop.browse puts the address in its message ("Failed to show URI:..."), and the address
            // carries the sign-in's state, which stays out of messages that may be logged.
            String reason = String.valueOf(e.getMessage()).replace(address.toString(), "the sign-in page");
            throw new SignInFailedException("No browser could be opened (" + reason + ").", e);
        }
    }

    /**
     * Runs a launcher command and waits up to {@code wait} for it to fail.
     *
     * @throws IOException when the command cannot start or exits with a status other than 0
     */
    static void launch(List<String> command, Duration wait) throws IOException {
        Process launcher = new ProcessBuilder(command).inheritIO().start();
        try {
            if (launcher.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) && launcher.exitValue() != 0) {
                throw new IOException(command.get(0) + " exited with status " + launcher.exitValue());
            }
        } catch (InterruptedException e) {
            // The sign-in was cancelled, so the caller's wait for the browser throws InterruptedException at once.
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> command(URI address) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", address.toString());
        }
        if (os.startsWith("mac")) {
            return List.of("open", address.toString());
        }
        return List.of("xdg-open", address.toString());
    }
}
