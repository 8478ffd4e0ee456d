package dev.codevault.desktop.auth;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Opens the system's default browser: through {@link Desktop} where the platform supports it, otherwise with
 * {@code xdg-open} (Linux), {@code open} (macOS) or {@code rundll32} (Windows).
 */
@Singleton
@Secondary
class SystemBrowser implements BrowserLauncher {

    @Override
    public void open(URI address) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(address);
                return;
            }
            new ProcessBuilder(command(address)).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            throw new SignInFailedException("No browser could be opened (" + e.getMessage() + "). Open "
                    + address + " in a browser yourself.", e);
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
