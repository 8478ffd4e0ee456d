package dev.codevault.desktop.errors;

import dev.codevault.desktop.server.ConnectionState;
import dev.codevault.desktop.server.ConnectionStatus;
import jakarta.inject.Singleton;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the main window's errors are shown: the latest error, which the window displays in a banner
 * until the user dismisses it, another replaces it or the user leaves the page it belongs to, and the offline
 * banner while the server cannot be used. The two banners never show the same cause: while the app is offline, an
 * error whose cause is that the server cannot be reached is not shown. Use it on the JavaFX thread.
 */
@Singleton
public class ErrorPresenter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPresenter.class);

    private final ReadOnlyObjectWrapper<PresentedError> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper offlineMessage = new ReadOnlyStringWrapper("");
    private boolean currentIsConnectionFailure;

    /**
     * Shows a failed action, which belongs to the page on screen. A connection failure is only logged while the
     * offline banner shows, because that banner already reports it.
     *
     * @param action the action in the form "Uploading app.zip", without a full stop
     */
    public void show(String action, Throwable failure) {
        PresentedError error = ErrorDescriptions.describe(action, failure);
        boolean connectionFailure = ErrorDescriptions.isConnectionFailure(failure);
        LOG.info("{} {}", error.whatFailed(), failure.getClass().getSimpleName());
        LOG.debug("Failure of '{}'", action, failure);
        if (connectionFailure && isOffline()) {
            return;
        }
        current.set(error);
        currentIsConnectionFailure = connectionFailure;
    }

    /** Hides the error. */
    public void dismiss() {
        current.set(null);
        currentIsConnectionFailure = false;
    }

    /** Hides the error, because the user moved to another page or vault and the error belongs to the one they left. */
    public void leavePage() {
        dismiss();
    }

    /**
     * Shows the outcome of a connection check: the offline banner unless the app is connected. Either way it hides
     * an error that a connection failure caused, because the offline banner replaces it, or the connection is back
     * and the error is stale.
     */
    public void showConnection(ConnectionStatus status) {
        boolean connected = status.state() == ConnectionState.CONNECTED;
        offlineMessage.set(connected ? "" : "Offline. " + status.message()
                + " The app checks again every few seconds.");
        if (currentIsConnectionFailure) {
            dismiss();
        }
    }

    /** Hides the error and the offline banner, for a new session. */
    public void reset() {
        dismiss();
        offlineMessage.set("");
    }

    /** The error on show, or {@code null}. */
    public ReadOnlyObjectProperty<PresentedError> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public PresentedError getCurrent() {
        return current.get();
    }

    /** The text of the offline banner, or empty while the app is connected. */
    public ReadOnlyStringProperty offlineMessageProperty() {
        return offlineMessage.getReadOnlyProperty();
    }

    public String getOfflineMessage() {
        return offlineMessage.get();
    }

    /** Returns whether the offline banner shows. */
    public boolean isOffline() {
        return !offlineMessage.get().isEmpty();
    }
}
