package dev.codevault.desktop;

import javafx.application.Application;

/**
 * Entry point of the desktop app. It is not a JavaFX {@link Application} itself, so the app also starts from a
 * plain class path, where the JavaFX launcher would refuse a main class that extends one.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void main(String[] args) {
        ContextStarter.startEarly(args);
        Application.launch(CodeVaultApp.class, args);
    }
}
