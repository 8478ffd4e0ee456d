package dev.codevault.desktop.testing;

import dev.codevault.desktop.settings.ThemeMode;
import dev.codevault.desktop.workspace.ThemeService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves pictures of the window in the light and the dark theme to the folder the {@code codevault.screenshots}
 * system property names ({@code docs/screenshots} in the Maven build), for the README.
 */
public final class Screenshots {

    private final Path folder;
    private final ThemeService themes;

    public Screenshots(ThemeService themes) {
        this.folder = Path.of(System.getProperty("codevault.screenshots", "target/screenshots"));
        this.themes = themes;
    }

    /** Saves {@code NAME-light.png} and {@code NAME-dark.png} of the scene, then goes back to the light theme. */
    public void save(Scene scene, String name) throws TimeoutException {
        try {
            Files.createDirectories(folder);
            capture(scene, ThemeMode.LIGHT, folder.resolve(name + "-light.png"));
            capture(scene, ThemeMode.DARK, folder.resolve(name + "-dark.png"));
        } catch (IOException e) {
            throw new UncheckedIOException("saving the screenshot " + name + " failed", e);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> themes.apply(ThemeMode.LIGHT));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Saves a picture, such as a screen capture of a popup, as a PNG file of that name in the folder. */
    public void saveImage(Image picture, String fileName) {
        try {
            Files.createDirectories(folder);
            ImageIO.write(SwingFXUtils.fromFXImage(picture, null), "png", folder.resolve(fileName).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("saving the picture " + fileName + " failed", e);
        }
    }

    private void capture(Scene scene, ThemeMode mode, Path file) throws IOException, TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> themes.apply(mode)));
        WaitForAsyncUtils.waitForFxEvents(5);
        WritableImage image = WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    /** Runs an action on the JavaFX thread and waits for it. */
    public static void onFx(Runnable action) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
