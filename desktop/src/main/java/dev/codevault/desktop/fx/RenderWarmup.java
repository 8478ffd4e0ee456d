package dev.codevault.desktop.fx;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * Draws a sample of the sign-in screen's controls once into an image before the window opens. On a cold JVM the
 * software renderer took 130 to 260 ms in the desktop benchmark to draw the window's first frame, because it
 * rasterises shapes and glyphs for the first time. The JavaFX thread waits for that frame at the next pulse. Drawing
 * the sample while the bean context starts moves the cost before the window appears, when the JavaFX thread is idle.
 */
public final class RenderWarmup {

    private static final String SAMPLE_TEXT =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 .,:;-()@";

    private RenderWarmup() {
    }

    /** Renders the sample into an image and discards it. Call it on the JavaFX thread. */
    public static void run(String stylesheet) {
        long started = System.nanoTime();
        Label title = new Label("CodeVault");
        title.getStyleClass().add("title-1");
        Label subtitle = new Label("Sign in");
        subtitle.getStyleClass().add("title-3");
        Label muted = new Label(SAMPLE_TEXT);
        muted.getStyleClass().add("text-muted");
        muted.setWrapText(true);
        Label plain = new Label(SAMPLE_TEXT);
        plain.setWrapText(true);
        TextField field = new TextField();
        field.setPromptText(SAMPLE_TEXT);
        Button accent = new Button(SAMPLE_TEXT);
        accent.getStyleClass().add("accent");
        Button button = new Button(SAMPLE_TEXT);
        Hyperlink link = new Hyperlink(SAMPLE_TEXT);
        Circle indicator = new Circle(6);
        indicator.getStyleClass().add("connection-indicator");

        VBox card = new VBox(14, title, subtitle, muted, plain, field, accent, button, link, new Separator(),
                indicator);
        card.getStyleClass().add("sign-in-card");
        VBox root = new VBox(card);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("sign-in-screen");
        Scene scene = new Scene(root, 520, 520);
        scene.getStylesheets().add(stylesheet);

        scene.snapshot(null);
        StartupProbe.took("render warm-up", started);
    }
}
