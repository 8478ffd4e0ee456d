package dev.codevault.desktop;

import dev.codevault.desktop.dashboard.Formats;
import dev.codevault.desktop.fx.AppQuit;
import dev.codevault.desktop.fx.QuitShortcut;
import dev.codevault.desktop.fx.RenderWarmup;
import dev.codevault.desktop.fx.StartupProbe;
import dev.codevault.desktop.settings.ThemeMode;
import dev.codevault.desktop.settings.UserSettings;
import dev.codevault.desktop.settings.WindowPlacement;
import dev.codevault.desktop.workspace.BenchmarkRun;
import dev.codevault.desktop.workspace.ThemeService;
import dev.codevault.desktop.workspace.WindowNavigator;
import dev.codevault.desktop.workspace.Workspace;
import io.micronaut.context.ApplicationContext;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CodeVault desktop app: starts the bean context off the JavaFX thread, then opens the main window on the
 * sign-in screen, which signs in silently when the last session was saved.
 */
public class CodeVaultApp extends Application {

    /** Title of the main window. */
    public static final String TITLE = "CodeVault";

    private static final Logger LOG = LoggerFactory.getLogger(CodeVaultApp.class);
    private static final String STYLESHEET = "/dev/codevault/desktop/codevault.css";
    private static final String OPAQUE_POPUPS_STYLESHEET = "/dev/codevault/desktop/opaque-popups.css";
    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;
    /** The smallest window, title bar included, in which the vault list, the page and Ada's panel fit side by side. */
    private static final double MIN_WIDTH = 900;
    private static final double MIN_HEIGHT = 600;

    private ApplicationContext context;
    private Stage stage;

    @Override
    public void init() {
        String serverUrlArgument = getParameters().getNamed().getOrDefault("server-url",
                System.getProperty("codevault.server-url"));
        StartupProbe.mark("init");
        ThemeMode early = ThemeMode.parse(new UserSettings(System.getProperty("codevault.settings-dir"))
                .get(UserSettings.THEME).orElse(null));
        // The JavaFX thread parses the theme's style sheet and warms up the renderer while this thread waits for the
        // bean context.
        Platform.runLater(() -> ThemeService.applyEarly(early));
        Platform.runLater(() -> RenderWarmup.run(CodeVaultApp.class.getResource(STYLESHEET).toExternalForm()));
        context = ContextStarter.context(serverUrlArgument);
    }

    @Override
    public void start(Stage primaryStage) {
        StartupProbe.mark("start");
        stage = primaryStage;
        UserSettings settings = context.getBean(UserSettings.class);
        context.getBean(ThemeService.class).apply(ThemeMode.parse(settings.get(UserSettings.THEME).orElse(null)));

        Scene scene = new Scene(new StackPane(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(CodeVaultApp.class.getResource(STYLESHEET).toExternalForm());
        if (!Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW)) {
            // Popup windows take the style sheets of the window that owns them, so this reaches its menus and tooltips.
            scene.getStylesheets().add(CodeVaultApp.class.getResource(OPAQUE_POPUPS_STYLESHEET).toExternalForm());
        }
        AppQuit quit = context.getBean(AppQuit.class);
        quit.attach(() -> savePlacement(settings));
        QuitShortcut.install(scene, quit::quit);
        WindowNavigator navigator = context.getBean(WindowNavigator.class);
        navigator.attach(scene);
        navigator.showSignIn("");

        stage.setTitle(TITLE);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        place(settings);
        stage.setOnCloseRequest(event -> savePlacement(settings));
        Workspace workspace = context.getBean(Workspace.class);
        stage.focusedProperty().addListener((observable, before, focused) -> workspace.windowActive(focused));
        StartupProbe.watch(scene);
        BenchmarkRun.startIfRequested(context);
        stage.show();
        LOG.info("CodeVault desktop started");
        warmUpFormatsInBackground();
        preloadAfterFirstFrame(scene, navigator);
    }

    private static void warmUpFormatsInBackground() {
        Thread warmUp = new Thread(Formats::warmUp, "codevault-formats-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** Builds the workspace in the background once the sign-in screen is on screen, so it does not delay it. */
    private static void preloadAfterFirstFrame(Scene scene, WindowNavigator navigator) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(navigator::preloadWorkspace);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Returns the bean context, for tests that read the app's state. */
    public ApplicationContext context() {
        return context;
    }

    private void place(UserSettings settings) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Optional<WindowPlacement> saved = settings.get(UserSettings.WINDOW_BOUNDS)
                .flatMap(WindowPlacement::parse)
                .flatMap(placement -> placement.fitTo(screens));
        if (saved.isEmpty()) {
            Rectangle2D primary = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, primary.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, primary.getHeight()));
            stage.centerOnScreen();
            return;
        }
        WindowPlacement placement = saved.get();
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
    }

    private void savePlacement(UserSettings settings) {
        if (stage.isIconified()) {
            return;
        }
        WindowPlacement placement = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized());
        try {
            settings.put(UserSettings.WINDOW_BOUNDS, placement.format());
        } catch (UncheckedIOException e) {
            LOG.warn("The window's place could not be saved: {}", e.getMessage());
        }
    }

    /**
     * Saves the window's size and place when the window still shows, as when something other than a quit, such as a
     * benchmark run, calls {@link Platform#exit()}. A quit has saved them already.
     */
    @Override
    public void stop() {
        if (stage != null && stage.isShowing() && context != null) {
            savePlacement(context.getBean(UserSettings.class));
        }
        if (context != null && context.isRunning()) {
            context.close();
        }
    }
}
