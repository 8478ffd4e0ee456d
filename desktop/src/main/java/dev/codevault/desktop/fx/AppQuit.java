package dev.codevault.desktop.fx;

import jakarta.inject.Singleton;

/**
 * Quits the app, for File > Quit and for the quit shortcut on every screen. It runs the step the main window
 * attached, such as saving its size and place, then ends the app through {@link AppExit}. Before {@link #attach} a
 * quit only ends the app. Use it on the JavaFX thread.
 */
@Singleton
public class AppQuit {

    private final AppExit exit;
    private Runnable beforeExit = () -> { };

    AppQuit(AppExit exit) {
        this.exit = exit;
    }

    /** Makes every later quit run the step first, for example saving the main window's size and place. */
    public void attach(Runnable step) {
        beforeExit = step;
    }

    /** Runs the attached step, then ends the app. */
    public void quit() {
        beforeExit.run();
        exit.exit();
    }
}
