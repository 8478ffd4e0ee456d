package dev.codevault.desktop;

import dev.codevault.desktop.settings.UserSettings;
import java.nio.file.Path;
import javafx.application.Application;

/**
 * Entry point of the desktop app. It is not a JavaFX {@link Application} itself, so the app also starts from a
 * plain class path, where the JavaFX launcher would refuse a main class that extends one.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void main(String[] args) {
        Path settingsFolder = new UserSettings(System.getProperty("codevault.settings-dir")).folder();
        if (!InstanceLock.acquire(settingsFolder)) {
            System.err.println(AlreadyRunningApp.MESSAGE);
            Application.launch(AlreadyRunningApp.class, args);
            return;
        }
        ContextStarter.startEarly(args);
        Application.launch(CodeVaultApp.class, args);
    }
}
