package dev.codevault.desktop.vaults;

import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.VaultState;
import dev.codevault.desktop.newvault.NewVaultViewModel;
import dev.codevault.desktop.workspace.Workspace;
import io.micronaut.context.annotation.Prototype;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Shows the vaults grouped by project, each with its live status badge, and shows the dashboard of the one clicked,
 * also when it is the vault already selected.
 */
@Prototype
public class VaultListController {

    private final VaultListViewModel viewModel;
    private final Workspace workspace;
    private final NewVaultViewModel newVault;

    @FXML
    private TreeView<Object> tree;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private Label emptyLabel;
    @FXML
    private Button refreshButton;
    @FXML
    private Button addButton;

    VaultListController(VaultListViewModel viewModel, Workspace workspace, NewVaultViewModel newVault) {
        this.viewModel = viewModel;
        this.workspace = workspace;
        this.newVault = newVault;
    }

    @FXML
    private void initialize() {
        refreshButton.setTooltip(new Tooltip("Refresh the vaults"));
        addButton.setTooltip(new Tooltip("Add a vault"));
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        emptyLabel.visibleProperty().bind(Bindings.isEmpty(viewModel.groups()).and(
                viewModel.loadingProperty().not()));
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(view -> new VaultCell(this::showDashboard));
        viewModel.groups().addListener((ListChangeListener<ProjectGroup>) change -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null && after.getValue() instanceof VaultItem vault
                    && workspace.getSelectedVault() != vault) {
                workspace.select(vault);
            }
        });
        // A click or Enter on the vault that is already selected changes no selection, so the listener above does not
        // run and another page, such as the new-vault form, would stay in place of the dashboard.
        tree.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && tree.getSelectionModel().getSelectedItem() != null
                    && tree.getSelectionModel().getSelectedItem().getValue() instanceof VaultItem vault) {
                showDashboard(vault);
            }
        });
        workspace.selectedVaultProperty().addListener((observable, before, after) -> selectInTree(after));
        rebuild();
    }

    private void showDashboard(VaultItem vault) {
        workspace.select(vault);
    }

    private void rebuild() {
        boolean showTeam = viewModel.teams().size() > 1;
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        for (ProjectGroup group : viewModel.groups()) {
            TreeItem<Object> project = new TreeItem<>(group.title(showTeam));
            project.setExpanded(true);
            group.vaults().forEach(vault -> project.getChildren().add(new TreeItem<>(vault)));
            root.getChildren().add(project);
        }
        selectInTree(workspace.getSelectedVault());
    }

    private void selectInTree(VaultItem vault) {
        if (vault == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        for (TreeItem<Object> project : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : project.getChildren()) {
                if (item.getValue() instanceof VaultItem candidate && candidate.id().equals(vault.id())) {
                    tree.getSelectionModel().select(item);
                    return;
                }
            }
        }
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void addVault() {
        newVault.open(CodeSourceKind.ARCHIVE);
    }

    /** A project heading, or a vault with its name and status badge. */
    private static final class VaultCell extends TreeCell<Object> {

        private final Label name = new Label();
        private final Label badge = new Label();
        private final HBox row = new HBox(8, name, new Region(), badge);
        private final Label projectName = new Label();
        private final HBox projectRow = new HBox(projectName);
        private final ChangeListener<VaultState> stateListener = (observable, before, after) -> showBadge();
        private VaultItem shown;

        VaultCell(Consumer<VaultItem> onVaultClicked) {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && shown != null) {
                    onVaultClicked.accept(shown);
                }
            });
            HBox.setHgrow(row.getChildren().get(1), Priority.ALWAYS);
            badge.getStyleClass().add("badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            name.setMinWidth(0);
            // A tree widens its cells to the widest preferred width and scrolls sideways, which hid the badges of
            // long names. With no preferred width of its own the row takes the cell's width, so the name shortens
            // with an ellipsis and the badge stays whole.
            row.setMinWidth(0);
            row.setPrefWidth(0);
            // A project's name would widen the tree the same way and push every badge out of view.
            projectName.setMinWidth(0);
            projectRow.setMinWidth(0);
            projectRow.setPrefWidth(0);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            name.textProperty().unbind();
            if (shown != null) {
                shown.stateProperty().removeListener(stateListener);
                shown = null;
            }
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                getStyleClass().remove("project-cell");
                return;
            }
            if (item instanceof VaultItem vault) {
                setText(null);
                name.textProperty().bind(vault.nameProperty());
                shown = vault;
                vault.stateProperty().addListener(stateListener);
                showBadge();
                setGraphic(row);
                getStyleClass().remove("project-cell");
            } else {
                setText(null);
                projectName.setText(item.toString());
                projectName.setTooltip(new Tooltip(item.toString()));
                setGraphic(projectRow);
                setAccessibleText("Project " + item);
                if (!getStyleClass().contains("project-cell")) {
                    getStyleClass().add("project-cell");
                }
            }
        }

        private void showBadge() {
            VaultBadge state = VaultBadge.of(shown.getState(), shown.source() == CodeSourceKind.GIT);
            badge.setText(state.text());
            badge.getStyleClass().removeIf(style -> style.startsWith("badge-"));
            badge.getStyleClass().add(state.styleClass());
            badge.setTooltip(new Tooltip(state.detail()));
            setAccessibleText(shown.getName() + ", " + state.text() + ". " + state.detail());
        }
    }
}
