package dev.codevault.desktop.signin;

import dev.codevault.desktop.server.ConnectionMonitor;
import dev.codevault.desktop.server.ConnectionState;
import io.micronaut.context.annotation.Prototype;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** Binds the sign-in screen to its {@link SignInViewModel} and runs the connection checks in the background. */
@Prototype
public class SignInController {

    private static final String STATE_STYLE_PREFIX = "state-";
    private static final String ACCENT_STYLE = "accent";
    private static final String COPY_TEXT = "Copy";

    private final SignInViewModel viewModel;
    private final ConnectionMonitor monitor;

    @FXML
    private TextField emailField;
    @FXML
    private Button passcodeButton;
    @FXML
    private Button passkeyButton;
    @FXML
    private Label signInHintLabel;
    @FXML
    private VBox choosePane;
    @FXML
    private VBox codePane;
    @FXML
    private VBox browserPane;
    @FXML
    private VBox openByHandPane;
    @FXML
    private TextField signInPageField;
    @FXML
    private Button copyAddressButton;
    @FXML
    private TextField codeField;
    @FXML
    private Button submitCodeButton;
    @FXML
    private Button newPasscodeButton;
    @FXML
    private Label signInMessageLabel;
    @FXML
    private Label signInErrorLabel;
    @FXML
    private Circle connectionIndicator;
    @FXML
    private Label connectionLabel;
    @FXML
    private Hyperlink retryLink;
    @FXML
    private Hyperlink changeServerLink;
    @FXML
    private VBox serverEditor;
    @FXML
    private TextField serverUrlField;
    @FXML
    private Button connectButton;
    @FXML
    private Label serverUrlErrorLabel;
    @FXML
    private Label serverNoteLabel;

    SignInController(SignInViewModel viewModel, ConnectionMonitor monitor) {
        this.viewModel = viewModel;
        this.monitor = monitor;
    }

    @FXML
    private void initialize() {
        bindSignInForm();
        bindConnection();
        bindServerEditor();

        monitor.setOnSucceeded(event -> {
            viewModel.showStatus(monitor.getValue());
            monitor.pace(monitor.getValue().state());
        });
        if (viewModel.useConfiguredServer()) {
            afterFirstFrame(() -> {
                monitor.start();
                viewModel.resumeSession();
            });
        }
        changeServerLink.visibleProperty().bind(viewModel.serverEditableProperty());
        changeServerLink.managedProperty().bind(changeServerLink.visibleProperty());
        emailField.sceneProperty().addListener((observable, before, scene) -> {
            if (scene == null) {
                monitor.cancel();
            }
        });
    }

    /**
     * Runs the network work once the screen is drawn, so the connection check and the silent sign-in do not delay
     * the first frame.
     */
    private void afterFirstFrame(Runnable work) {
        emailField.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene before, Scene scene) {
                if (scene == null) {
                    return;
                }
                emailField.sceneProperty().removeListener(this);
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    Platform.runLater(work);
                };
                scene.addPostLayoutPulseListener(once[0]);
            }
        });
    }

    /** Shows why the previous session ended, above the form. */
    public void showEndedReason(String reason) {
        viewModel.showEndedReason(reason);
    }

    private void bindSignInForm() {
        emailField.textProperty().bindBidirectional(viewModel.emailProperty());
        passcodeButton.disableProperty().bind(viewModel.passcodeSignInOfferedProperty().not()
                .or(viewModel.emailValidBinding().not()).or(viewModel.busyProperty()));
        passkeyButton.disableProperty().bind(
                viewModel.passkeySignInOfferedProperty().not().or(viewModel.busyProperty()));
        codeField.textProperty().bindBidirectional(viewModel.codeProperty());
        bindPasscodeActions();
        showWhile(choosePane, SignInStage.CHOOSE);
        showWhile(codePane, SignInStage.ENTER_CODE);
        showWhile(browserPane, SignInStage.IN_BROWSER);
        bindPageToOpenByHand();
        bindText(signInMessageLabel, viewModel.signInMessageProperty());
        bindText(signInErrorLabel, viewModel.signInErrorProperty());
        bindText(signInHintLabel, viewModel.signInHintProperty());
    }

    /** Makes "Send a new passcode" the main action once the passcode sent last no longer works. */
    private void bindPasscodeActions() {
        codeField.disableProperty().bind(viewModel.passcodeClosedProperty());
        submitCodeButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.codeProperty().isEmpty()));
        submitCodeButton.visibleProperty().bind(viewModel.passcodeClosedProperty().not());
        submitCodeButton.managedProperty().bind(submitCodeButton.visibleProperty());
        newPasscodeButton.disableProperty().bind(viewModel.busyProperty());
        // Enter then submits the new passcode instead of pressing the focused button or link again.
        viewModel.passcodesSentProperty().addListener((observable, before, after) -> codeField.requestFocus());
        viewModel.passcodeClosedProperty().addListener((observable, before, closed) -> {
            newPasscodeButton.getStyleClass().remove(ACCENT_STYLE);
            if (closed) {
                newPasscodeButton.getStyleClass().add(ACCENT_STYLE);
            }
        });
    }

    private void bindPageToOpenByHand() {
        signInPageField.textProperty().bind(viewModel.signInPageAddressProperty());
        openByHandPane.visibleProperty().bind(viewModel.signInPageAddressProperty().isNotEmpty());
        openByHandPane.managedProperty().bind(openByHandPane.visibleProperty());
        viewModel.signInPageAddressProperty().addListener((observable, before, after) ->
                copyAddressButton.setText(COPY_TEXT));
    }

    private void showWhile(VBox pane, SignInStage stage) {
        pane.visibleProperty().bind(viewModel.stageProperty().isEqualTo(stage));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    private static void bindText(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void requestPasscode() {
        viewModel.requestPasscode();
    }

    @FXML
    private void submitPasscode() {
        viewModel.submitPasscode();
    }

    @FXML
    private void requestNewPasscode() {
        viewModel.requestNewPasscode();
    }

    @FXML
    private void signInWithPasskey() {
        viewModel.signInWithPasskey();
    }

    @FXML
    private void copySignInPage() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.getSignInPageAddress());
        Clipboard.getSystemClipboard().setContent(content);
        copyAddressButton.setText("Copied");
    }

    @FXML
    private void cancelBrowserSignIn() {
        viewModel.cancelBrowserSignIn();
    }

    @FXML
    private void useAnotherEmail() {
        viewModel.useAnotherEmail();
    }

    private void bindConnection() {
        connectionLabel.textProperty().bind(viewModel.connectionMessageProperty());
        connectionIndicator.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> "Connection: " + viewModel.getConnectionState().name().toLowerCase(Locale.ROOT),
                viewModel.connectionStateProperty()));
        viewModel.connectionStateProperty().addListener((observable, previous, current) -> styleState(current));
        styleState(viewModel.getConnectionState());
        retryLink.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.getConnectionState() != ConnectionState.CONNECTED
                        && viewModel.getConnectionState() != ConnectionState.REFUSED,
                viewModel.connectionStateProperty()));
    }

    private void bindServerEditor() {
        serverUrlField.textProperty().bindBidirectional(viewModel.serverUrlProperty());
        serverUrlField.editableProperty().bind(viewModel.serverEditableProperty());
        connectButton.visibleProperty().bind(viewModel.serverEditableProperty());
        connectButton.managedProperty().bind(connectButton.visibleProperty());
        bindText(serverUrlErrorLabel, viewModel.serverUrlErrorProperty());
        bindText(serverNoteLabel, viewModel.serverNoteProperty());
        serverEditor.managedProperty().bind(serverEditor.visibleProperty());
        viewModel.connectionStateProperty().addListener((observable, previous, current) -> {
            if (current == ConnectionState.REFUSED) {
                serverEditor.setVisible(true);
            }
        });
        serverEditor.setVisible(viewModel.getConnectionState() == ConnectionState.REFUSED);
    }

    private void styleState(ConnectionState state) {
        connectionIndicator.getStyleClass().removeIf(style -> style.startsWith(STATE_STYLE_PREFIX));
        connectionIndicator.getStyleClass().add(STATE_STYLE_PREFIX + state.name().toLowerCase(Locale.ROOT));
    }

    @FXML
    private void retry() {
        monitor.restart();
    }

    @FXML
    private void toggleServerEditor() {
        serverEditor.setVisible(!serverEditor.isVisible());
    }

    /**
     * Connects to the entered address, from the Connect button or Enter in the address field. It consumes the
     * event, so Enter never also fires the default button, which would request a passcode.
     */
    @FXML
    private void connect(ActionEvent event) {
        event.consume();
        if (!viewModel.isServerEditable()) {
            return;
        }
        if (viewModel.connectToEnteredServer()) {
            monitor.restart();
        } else {
            monitor.cancel();
        }
    }
}
