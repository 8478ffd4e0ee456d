package dev.codevault.desktop;

import atlantafx.base.theme.PrimerLight;
import dev.codevault.desktop.fx.FxmlViews;
import io.micronaut.context.ApplicationContext;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The CodeVault desktop app: starts the bean context off the JavaFX thread, then opens the sign-in screen. */
public class CodeVaultApp extends Application {

    /** Title of the main window. */
    public static final String TITLE = "CodeVault";

    private static final Logger LOG = LoggerFactory.getLogger(CodeVaultApp.class);
    private static final String SIGN_IN_VIEW = "/dev/codevault/desktop/signin/SignInView.fxml";
    private static final String STYLESHEET = "/dev/codevault/desktop/codevault.css";

    private ApplicationContext context;

    @Override
    public void init() {
        String serverUrlArgument = getParameters().getNamed().getOrDefault("server-url",
                System.getProperty("codevault.server-url"));
        context = ApplicationContext.builder()
                .singletons(new StartupOptions(serverUrlArgument, System.getenv("CODEVAULT_SERVER_URL")))
                .start();
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Parent signIn = context.getBean(FxmlViews.class).load(SIGN_IN_VIEW);
        Scene scene = new Scene(signIn, 960, 640);
        scene.getStylesheets().add(CodeVaultApp.class.getResource(STYLESHEET).toExternalForm());

        stage.setTitle(TITLE);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();
        LOG.info("CodeVault desktop started");
    }

    @Override
    public void stop() {
        if (context != null && context.isRunning()) {
            context.close();
        }
    }
}
