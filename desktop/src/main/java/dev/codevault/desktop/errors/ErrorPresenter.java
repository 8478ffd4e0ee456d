package dev.codevault.desktop.errors;

import jakarta.inject.Singleton;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the main window's errors are shown: the latest error, which the window displays in a banner
 * until the user dismisses it or another replaces it. Use it on the JavaFX thread.
 */
@Singleton
public class ErrorPresenter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPresenter.class);

    private final ReadOnlyObjectWrapper<PresentedError> current = new ReadOnlyObjectWrapper<>();

    /**
     * Shows a failed action.
     *
     * @param action the action in the form "Uploading app.zip", without a full stop
     */
    public void show(String action, Throwable failure) {
        PresentedError error = ErrorDescriptions.describe(action, failure);
        LOG.info("{} {}", error.whatFailed(), failure.getClass().getSimpleName());
        LOG.debug("Failure of '{}'", action, failure);
        current.set(error);
    }

    /** Hides the error. */
    public void dismiss() {
        current.set(null);
    }

    /** The error on show, or {@code null}. */
    public ReadOnlyObjectProperty<PresentedError> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public PresentedError getCurrent() {
        return current.get();
    }
}
