package dev.codevault.desktop.notify;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.awt.AWTException;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifies through the system's own tool: {@code notify-send} (libnotify) on Linux, {@code osascript} on macOS, a
 * tray icon balloon on Windows. Failures are logged and ignored, because a missed notification loses nothing: the
 * window shows the same state.
 */
@Singleton
@Secondary
class SystemNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(SystemNotifier.class);

    private TrayIcon trayIcon;

    @Override
    public void notify(String title, String text) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.startsWith("windows")) {
                notifyThroughTray(title, text);
            } else if (os.startsWith("mac")) {
                run(List.of("osascript", "-e", "display notification " + appleScriptString(text) + " with title "
                        + appleScriptString(title)));
            } else {
                run(List.of("notify-send", "--app-name=CodeVault", title, text));
            }
        } catch (IOException | AWTException | UnsupportedOperationException e) {
            LOG.info("No system notification shown ({}): {}", e.getClass().getSimpleName(), e.getMessage());
        }
    }

    private synchronized void notifyThroughTray(String title, String text) throws AWTException {
        if (!SystemTray.isSupported()) {
            throw new UnsupportedOperationException("this system has no tray");
        }
        if (trayIcon == null) {
            trayIcon = new TrayIcon(Toolkit.getDefaultToolkit().createImage(new byte[0]), "CodeVault");
            trayIcon.setImageAutoSize(true);
            SystemTray.getSystemTray().add(trayIcon);
        }
        trayIcon.displayMessage(title, text, TrayIcon.MessageType.INFO);
    }

    private static void run(List<String> command) throws IOException {
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String appleScriptString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
