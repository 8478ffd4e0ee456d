package dev.codevault.desktop.fx;

import io.micronaut.context.BeanContext;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads FXML views whose controllers come from the bean context, so controllers get their view models injected. */
@Singleton
public class FxmlViews {

    private final BeanContext beanContext;

    FxmlViews(BeanContext beanContext) {
        this.beanContext = beanContext;
    }

    /**
     * Loads a view from the class path; call it on the JavaFX thread.
     *
     * @param resource the absolute class path resource, for example {@code /dev/codevault/desktop/signin/SignInView.fxml}
     * @throws IllegalArgumentException when no such resource exists
     */
    public Parent load(String resource) {
        return loadView(resource).root();
    }

    /** Returns whether the bean context runs; while the app shuts down it does not, and views cannot load. */
    public boolean isContextRunning() {
        return beanContext.isRunning();
    }

    /**
     * Loads a view with its controller; call it on the JavaFX thread.
     *
     * @throws IllegalArgumentException when no such resource exists
     */
    public <C> View<C> loadView(String resource) {
        URL location = FxmlViews.class.getResource(resource);
        if (location == null) {
            throw new IllegalArgumentException("no FXML view at " + resource);
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(beanContext::getBean);
        long started = System.nanoTime();
        try {
            Parent root = loader.load();
            StartupProbe.took("load " + resource.substring(resource.lastIndexOf('/') + 1), started);
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("loading the view " + resource + " failed", e);
        }
    }
}
