package dev.codevault.desktop;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** Tells a user who starts the app a second time that it already runs, then ends. */
public class AlreadyRunningApp extends Application {

    /** The message, also written to the standard error stream for a start from a terminal. */
    public static final String MESSAGE = "CodeVault is already running for this user. Switch to its window. A second "
            + "copy would share its session, and the server would end the session of both.";

    @Override
    public void start(Stage stage) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, MESSAGE);
        alert.setTitle("CodeVault");
        alert.setHeaderText("CodeVault is already running");
        alert.showAndWait();
        Platform.exit();
    }
}
