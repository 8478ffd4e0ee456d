package dev.codevault.desktop.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.desktop.testing.RequiresDisplay;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;

/** The quit shortcut in a real window, with and without a menu item that has the same accelerator. */
@Tag("ui")
@ExtendWith(RequiresDisplay.class)
class QuitShortcutTest {

    private final AtomicInteger quits = new AtomicInteger();
    private final AtomicInteger menuQuits = new AtomicInteger();
    private Stage stage;
    private VBox root;
    private TextField field;

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            field = new TextField();
            root = new VBox(field);
            Scene scene = new Scene(root, 400, 300);
            QuitShortcut.install(scene, quits::incrementAndGet);
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void quitsFromScreenWithoutMenu() throws Exception {
        FxToolkit.setupFixture(() -> Event.fireEvent(field, shortcutQ()));

        assertThat(quits).hasValue(1);
    }

    @Test
    void quitsOnceBesideMenuAccelerator() throws Exception {
        FxToolkit.setupFixture(() -> {
            MenuItem quitItem = new MenuItem("Quit");
            quitItem.setAccelerator(QuitShortcut.KEYS);
            quitItem.setOnAction(event -> menuQuits.incrementAndGet());
            root.getChildren().add(0, new MenuBar(new Menu("File", null, quitItem)));
        });

        FxToolkit.setupFixture(() -> Event.fireEvent(field, shortcutQ()));

        assertThat(quits).hasValue(1);
        assertThat(menuQuits).hasValue(0);
    }

    private static KeyEvent shortcutQ() {
        boolean mac = System.getProperty("os.name", "").toLowerCase().startsWith("mac");
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.Q, false, !mac, false, mac);
    }
}
