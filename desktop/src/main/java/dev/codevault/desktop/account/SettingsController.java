package dev.codevault.desktop.account;

import dev.codevault.common.auth.PasskeyInfo;
import dev.codevault.common.auth.SessionInfo;
import dev.codevault.desktop.settings.ThemeMode;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;

/** Binds the settings page to its {@link SettingsViewModel}; confirms before deleting. */
@Prototype
public class SettingsController {

    private static final DateTimeFormatter TIMES = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final SettingsViewModel viewModel;

    @FXML
    private Label accountLabel;
    @FXML
    private TextField serverUrlField;
    @FXML
    private Button changeServerButton;
    @FXML
    private Label serverNoteLabel;
    @FXML
    private ToggleGroup themeGroup;
    @FXML
    private RadioButton lightChoice;
    @FXML
    private RadioButton darkChoice;
    @FXML
    private RadioButton systemChoice;
    @FXML
    private TableView<PasskeyInfo> passkeyTable;
    @FXML
    private TableColumn<PasskeyInfo, String> passkeyNameColumn;
    @FXML
    private TableColumn<PasskeyInfo, String> passkeyCreatedColumn;
    @FXML
    private TableColumn<PasskeyInfo, String> passkeyUsedColumn;
    @FXML
    private TableColumn<PasskeyInfo, String> passkeySyncedColumn;
    @FXML
    private Button renamePasskeyButton;
    @FXML
    private Button deletePasskeyButton;
    @FXML
    private Label messageLabel;
    @FXML
    private TableView<SessionInfo> sessionTable;
    @FXML
    private TableColumn<SessionInfo, String> sessionClientColumn;
    @FXML
    private TableColumn<SessionInfo, String> sessionMethodColumn;
    @FXML
    private TableColumn<SessionInfo, String> sessionCreatedColumn;
    @FXML
    private TableColumn<SessionInfo, String> sessionUsedColumn;
    @FXML
    private Button endSessionButton;

    SettingsController(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        accountLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.getAccountEmail().isEmpty()
                ? "" : "Signed in as " + viewModel.getAccountEmail(), viewModel.accountEmailProperty()));
        serverUrlField.textProperty().bindBidirectional(viewModel.serverUrlProperty());
        serverUrlField.editableProperty().bind(viewModel.serverUrlEditableProperty());
        changeServerButton.visibleProperty().bind(viewModel.serverUrlEditableProperty());
        changeServerButton.managedProperty().bind(changeServerButton.visibleProperty());
        serverNoteLabel.textProperty().bind(viewModel.serverUrlNoteProperty());
        bindTheme();
        bindPasskeys();
        bindSessions();
        messageLabel.textProperty().bind(viewModel.messageProperty());
    }

    private void bindTheme() {
        Map<ThemeMode, RadioButton> choices = Map.of(ThemeMode.LIGHT, lightChoice, ThemeMode.DARK, darkChoice,
                ThemeMode.SYSTEM, systemChoice);
        choices.forEach((mode, choice) -> choice.setUserData(mode));
        themeGroup.selectToggle(choices.get(viewModel.themeProperty().get()));
        themeGroup.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.themeProperty().set((ThemeMode) after.getUserData());
            }
        });
        viewModel.themeProperty().addListener((observable, before, after) ->
                themeGroup.selectToggle(choices.get(after)));
    }

    private void bindPasskeys() {
        column(passkeyNameColumn, PasskeyInfo::name);
        column(passkeyCreatedColumn, passkey -> time(passkey.createdAt()));
        column(passkeyUsedColumn, passkey -> passkey.lastUsedAt() == null ? "Never" : time(passkey.lastUsedAt()));
        column(passkeySyncedColumn, passkey -> passkey.backedUp() ? "Yes" : "No");
        passkeyTable.setItems(viewModel.passkeys());
        passkeyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        passkeyTable.setPlaceholder(new Label("No passkeys yet. Add one to sign in without a passcode."));
        renamePasskeyButton.disableProperty().bind(passkeyTable.getSelectionModel().selectedItemProperty().isNull());
        deletePasskeyButton.disableProperty().bind(passkeyTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private void bindSessions() {
        column(sessionClientColumn, session -> (session.client() == null ? "Unknown" : session.client())
                + (session.current() ? " (this app)" : ""));
        column(sessionMethodColumn, session -> session.signInMethod().name().toLowerCase(Locale.ROOT));
        column(sessionCreatedColumn, session -> time(session.createdAt()));
        column(sessionUsedColumn, session -> time(session.lastUsedAt()));
        sessionTable.setItems(viewModel.sessions());
        sessionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        endSessionButton.disableProperty().bind(sessionTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private static <S> void column(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private static String time(Instant instant) {
        return TIMES.format(instant);
    }

    @FXML
    private void changeServer() {
        viewModel.changeServer();
    }

    @FXML
    private void addPasskey() {
        viewModel.addPasskey();
    }

    @FXML
    private void renamePasskey() {
        PasskeyInfo passkey = passkeyTable.getSelectionModel().getSelectedItem();
        if (passkey == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(passkey.name());
        dialog.initOwner(passkeyTable.getScene().getWindow());
        dialog.setTitle("Rename Passkey");
        dialog.setHeaderText("New name for the passkey " + passkey.name());
        dialog.showAndWait().ifPresent(name -> viewModel.renamePasskey(passkey, name));
    }

    @FXML
    private void deletePasskey() {
        PasskeyInfo passkey = passkeyTable.getSelectionModel().getSelectedItem();
        if (passkey == null) {
            return;
        }
        ButtonType delete = new ButtonType("Delete Passkey", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "The passkey " + passkey.name() + " will no longer "
                + "sign you in. Remove it from your device too.", delete, ButtonType.CANCEL);
        confirm.initOwner(passkeyTable.getScene().getWindow());
        confirm.setTitle("Delete Passkey");
        confirm.setHeaderText("Delete the passkey " + passkey.name() + "?");
        Optional<ButtonType> choice = confirm.showAndWait();
        if (choice.isPresent() && choice.get() == delete) {
            viewModel.deletePasskey(passkey);
        }
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void endSession() {
        SessionInfo session = sessionTable.getSelectionModel().getSelectedItem();
        if (session != null) {
            viewModel.endSession(session);
        }
    }

    @FXML
    private void signOutEverywhere() {
        viewModel.signOutEverywhere();
    }

    @FXML
    private void signOut() {
        viewModel.signOut();
    }
}
