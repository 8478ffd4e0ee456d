package dev.codevault.desktop.newvault;

import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.ReplicationSchedule;
import dev.codevault.desktop.newvault.GitSourceCheck.Field;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the new-vault form to its {@link NewVaultViewModel}. */
@Prototype
public class NewVaultController {

    private final NewVaultViewModel viewModel;

    @FXML
    private Label titleLabel;
    @FXML
    private ToggleGroup sourceGroup;
    @FXML
    private RadioButton archiveChoice;
    @FXML
    private RadioButton gitChoice;
    @FXML
    private VBox targetPane;
    @FXML
    private ComboBox<ProjectTarget> projectBox;
    @FXML
    private VBox newProjectPane;
    @FXML
    private TextField newProjectField;
    @FXML
    private VBox archivePane;
    @FXML
    private Label archiveSummaryLabel;
    @FXML
    private Label archiveErrorLabel;
    @FXML
    private Button chooseButton;
    @FXML
    private CheckBox newVersionBox;
    @FXML
    private VBox namePane;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameErrorLabel;
    @FXML
    private VBox gitPane;
    @FXML
    private TextField urlField;
    @FXML
    private Label urlErrorLabel;
    @FXML
    private TextField branchField;
    @FXML
    private Label branchErrorLabel;
    @FXML
    private TextField usernameField;
    @FXML
    private Label usernameErrorLabel;
    @FXML
    private PasswordField tokenField;
    @FXML
    private Label tokenErrorLabel;
    @FXML
    private ComboBox<ReplicationSchedule> scheduleBox;
    @FXML
    private VBox progressPane;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label progressLabel;
    @FXML
    private Label speedLabel;
    @FXML
    private Button submitButton;
    @FXML
    private Button cancelButton;

    NewVaultController(NewVaultViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindSource();
        bindTarget();
        bindArchive();
        bindGit();
        bindProgress();
    }

    private void bindSource() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        archiveChoice.setUserData(CodeSourceKind.ARCHIVE);
        gitChoice.setUserData(CodeSourceKind.GIT);
        sourceGroup.selectToggle(viewModel.sourceProperty().get() == CodeSourceKind.GIT ? gitChoice : archiveChoice);
        sourceGroup.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.sourceProperty().set((CodeSourceKind) after.getUserData());
            }
        });
        viewModel.sourceProperty().addListener((observable, before, after) ->
                sourceGroup.selectToggle(after == CodeSourceKind.GIT ? gitChoice : archiveChoice));
        showWhile(archivePane, viewModel.sourceProperty().isEqualTo(CodeSourceKind.ARCHIVE));
        showWhile(gitPane, viewModel.sourceProperty().isEqualTo(CodeSourceKind.GIT));
        submitButton.textProperty().bind(Bindings.when(viewModel.sourceProperty().isEqualTo(CodeSourceKind.GIT))
                .then("Create Vault").otherwise("Upload"));
        submitButton.disableProperty().bind(viewModel.canSubmitBinding().not());
        archiveChoice.disableProperty().bind(viewModel.busyProperty());
        gitChoice.disableProperty().bind(viewModel.busyProperty());
    }

    private void bindTarget() {
        projectBox.setItems(viewModel.targets());
        projectBox.valueProperty().bindBidirectional(viewModel.targetProperty());
        newProjectField.textProperty().bindBidirectional(viewModel.newProjectNameProperty());
        showWhile(newProjectPane, Bindings.createBooleanBinding(() -> viewModel.targetProperty().get() != null
                && viewModel.targetProperty().get().isNew(), viewModel.targetProperty()));
        showWhile(targetPane, Bindings.createBooleanBinding(() -> !newVersionChosen(),
                viewModel.asNewVersionProperty(), viewModel.existingVaultProperty(), viewModel.sourceProperty()));
        showWhile(namePane, targetPane.visibleProperty());
        nameField.textProperty().bindBidirectional(viewModel.vaultNameProperty());
        showError(nameErrorLabel, viewModel.errorProperty(Field.NAME));
    }

    private boolean newVersionChosen() {
        return viewModel.sourceProperty().get() == CodeSourceKind.ARCHIVE && viewModel.asNewVersionProperty().get()
                && viewModel.existingVaultProperty().get() != null;
    }

    private void bindArchive() {
        archiveSummaryLabel.textProperty().bind(Bindings.when(viewModel.archiveSummaryProperty().isEmpty())
                .then("No archive chosen yet").otherwise(viewModel.archiveSummaryProperty()));
        showError(archiveErrorLabel, viewModel.archiveErrorProperty());
        chooseButton.disableProperty().bind(viewModel.busyProperty());
        newVersionBox.selectedProperty().bindBidirectional(viewModel.asNewVersionProperty());
        newVersionBox.textProperty().bind(Bindings.createStringBinding(() -> viewModel.existingVaultProperty()
                .get() == null ? "" : "Upload as the next version of " + viewModel.existingVaultProperty().get()
                .getName(), viewModel.existingVaultProperty()));
        showWhile(newVersionBox, viewModel.existingVaultProperty().isNotNull());
    }

    private void bindGit() {
        urlField.textProperty().bindBidirectional(viewModel.gitUrlProperty());
        branchField.textProperty().bindBidirectional(viewModel.gitBranchProperty());
        usernameField.textProperty().bindBidirectional(viewModel.gitUsernameProperty());
        tokenField.textProperty().bindBidirectional(viewModel.gitTokenProperty());
        showError(urlErrorLabel, viewModel.errorProperty(Field.URL));
        showError(branchErrorLabel, viewModel.errorProperty(Field.BRANCH));
        showError(usernameErrorLabel, viewModel.errorProperty(Field.USERNAME));
        showError(tokenErrorLabel, viewModel.errorProperty(Field.TOKEN));
        scheduleBox.getItems().setAll(ReplicationSchedule.values());
        scheduleBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReplicationSchedule schedule) {
                return schedule == null ? "" : switch (schedule) {
                    case MANUAL -> "Only when I press Update code";
                    case WEEKLY -> "Every week";
                    case MONTHLY -> "Every month";
                };
            }

            @Override
            public ReplicationSchedule fromString(String text) {
                return ReplicationSchedule.valueOf(text.toUpperCase(Locale.ROOT));
            }
        });
        scheduleBox.valueProperty().bindBidirectional(viewModel.scheduleProperty());
    }

    private void bindProgress() {
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        speedLabel.textProperty().bind(viewModel.speedTextProperty());
        showWhile(progressPane, viewModel.busyProperty().or(viewModel.progressTextProperty().isNotEmpty()));
        showWhile(progressBar, viewModel.busyProperty().and(viewModel.sourceProperty()
                .isEqualTo(CodeSourceKind.ARCHIVE)));
        showWhile(cancelButton, viewModel.busyProperty().and(viewModel.sourceProperty()
                .isEqualTo(CodeSourceKind.ARCHIVE)));
    }

    private static void showWhile(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void showError(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        showWhile(label, label.textProperty().isNotEmpty());
    }

    @FXML
    private void chooseArchive() {
        ArchivePicker.choose(chooseButton.getScene().getWindow())
                .ifPresent(file -> viewModel.takeArchive(List.of(file)));
    }

    @FXML
    private void submit() {
        viewModel.submit();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
