package dev.codevault.desktop.fx;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The quit shortcut (Ctrl+Q, Cmd+Q on macOS) for every screen of the main window, the sign-in screen included.
 * It takes the key press in an event filter and consumes it, so the workspace's menu item with the same
 * accelerator does not quit a second time.
 */
public final class QuitShortcut {

    /** The key combination that quits. */
    public static final KeyCombination KEYS = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private QuitShortcut() {
    }

    /** Makes the shortcut run {@code quit} in the scene, whatever its content. */
    public static void install(Scene scene, Runnable quit) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (KEYS.match(event)) {
                event.consume();
                quit.run();
            }
        });
    }
}
