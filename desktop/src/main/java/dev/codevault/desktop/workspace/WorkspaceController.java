package dev.codevault.desktop.workspace;

import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.desktop.account.SettingsViewModel;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.errors.PresentedError;
import dev.codevault.desktop.fx.AppQuit;
import dev.codevault.desktop.fx.Background;
import dev.codevault.desktop.fx.FxmlViews;
import dev.codevault.desktop.newvault.ArchiveCheck;
import dev.codevault.desktop.newvault.ArchivePicker;
import dev.codevault.desktop.newvault.NewVaultViewModel;
import dev.codevault.desktop.server.ConnectionChecker;
import dev.codevault.desktop.server.ConnectionMonitor;
import dev.codevault.desktop.server.ConnectionState;
import dev.codevault.desktop.server.ConnectionStatus;
import dev.codevault.desktop.settings.ThemeMode;
import dev.codevault.desktop.vaults.VaultListViewModel;
import io.micronaut.context.annotation.Prototype;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The main window once signed in: menus with the platform's shortcuts, the vault list, the page area, the Ada
 * panel, the one error banner, the offline banner, and archive drops anywhere on the window.
 */
@Prototype
public class WorkspaceController {

    private static final Map<Page, String> PAGE_VIEWS = Map.of(
            Page.WELCOME, "/dev/codevault/desktop/workspace/WelcomeView.fxml",
            Page.DASHBOARD, "/dev/codevault/desktop/dashboard/DashboardView.fxml",
            Page.NEW_VAULT, "/dev/codevault/desktop/newvault/NewVaultView.fxml",
            Page.SETTINGS, "/dev/codevault/desktop/account/SettingsView.fxml");

    private final Workspace workspace;
    private final VaultListViewModel vaultList;
    private final NewVaultViewModel newVault;
    private final SettingsViewModel settings;
    private final ErrorPresenter errors;
    private final ConnectionMonitor monitor;
    private final FxmlViews views;
    private final ThemeService themes;
    private final ConnectionChecker checker;
    private final Background background;
    private final AppQuit quit;
    private final Map<Page, Parent> loadedPages = new EnumMap<>(Page.class);

    @FXML
    private BorderPane root;
    @FXML
    private MenuBar menuBar;
    @FXML
    private SplitPane split;
    @FXML
    private StackPane pageArea;
    @FXML
    private StackPane dropOverlay;
    @FXML
    private Label dropHint;
    @FXML
    private HBox offlineBanner;
    @FXML
    private Label offlineLabel;
    @FXML
    private Button retryButton;
    @FXML
    private HBox errorBanner;
    @FXML
    private Label errorTitle;
    @FXML
    private Label errorDetail;
    @FXML
    private ToggleGroup themeGroup;
    @FXML
    private RadioMenuItem lightThemeItem;
    @FXML
    private RadioMenuItem darkThemeItem;
    @FXML
    private RadioMenuItem systemThemeItem;
    @FXML
    private Label statusLine;

    WorkspaceController(Workspace workspace, VaultListViewModel vaultList, NewVaultViewModel newVault,
                        SettingsViewModel settings, ErrorPresenter errors, ConnectionMonitor monitor,
                        FxmlViews views, ThemeService themes, ConnectionChecker checker, Background background,
                        AppQuit quit) {
        this.workspace = workspace;
        this.vaultList = vaultList;
        this.newVault = newVault;
        this.settings = settings;
        this.errors = errors;
        this.monitor = monitor;
        this.views = views;
        this.themes = themes;
        this.checker = checker;
        this.background = background;
        this.quit = quit;
    }

    @FXML
    private void initialize() {
        bindErrors();
        bindConnection();
        bindTheme();
        bindDrops();
        for (Page page : Page.values()) {
            Parent view = views.load(PAGE_VIEWS.get(page));
            view.managedProperty().bind(view.visibleProperty());
            view.setVisible(page == workspace.getPage());
            loadedPages.put(page, view);
            pageArea.getChildren().add(view);
        }
        // Until the workspace is active its menus' shortcuts must not work, because it may sit hidden behind the
        // sign-in screen meanwhile.
        setShortcutsDisabled(menuBar.getMenus(), true);
        root.sceneProperty().addListener((observable, before, scene) -> {
            if (scene == null) {
                monitor.cancel();
            }
        });
    }

    /**
     * Starts the workspace's work once its view is in the window: the page, the connection checks and the vault
     * list. Call it on the JavaFX thread; the view itself may be built on another thread before.
     */
    public void activate() {
        setShortcutsDisabled(menuBar.getMenus(), false);
        workspace.pageProperty().addListener((observable, before, after) -> showPage(after));
        showPage(workspace.getPage());
        monitor.setOnSucceeded(event -> showConnection(monitor.getValue()));
        monitor.start();
        vaultList.refresh();
    }

    private static void setShortcutsDisabled(List<? extends MenuItem> items, boolean disabled) {
        for (MenuItem item : items) {
            if (item instanceof Menu menu) {
                setShortcutsDisabled(menu.getItems(), disabled);
            } else if (item.getAccelerator() != null) {
                item.setDisable(disabled);
            }
        }
    }

    private void bindErrors() {
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());
        errorBanner.visibleProperty().bind(errors.currentProperty().isNotNull());
        errors.currentProperty().addListener((observable, before, after) -> showError(after));
        showError(errors.getCurrent());
    }

    private void showError(PresentedError error) {
        errorTitle.setText(error == null ? "" : error.whatFailed());
        errorDetail.setText(error == null ? "" : error.whatToDo());
        errorBanner.setAccessibleText(error == null ? "" : error.whatFailed() + " " + error.whatToDo());
    }

    private void bindConnection() {
        offlineBanner.managedProperty().bind(offlineBanner.visibleProperty());
        offlineBanner.visibleProperty().bind(errors.offlineMessageProperty().isNotEmpty());
        offlineLabel.textProperty().bind(errors.offlineMessageProperty());
    }

    private void showConnection(ConnectionStatus status) {
        monitor.pace(status.state());
        boolean wasOffline = errors.isOffline();
        errors.showConnection(status);
        statusLine.setText(status.message());
        if (status.state() == ConnectionState.CONNECTED && wasOffline) {
            vaultList.refresh();
            workspace.reconnected();
        }
    }

    private void bindTheme() {
        Map<ThemeMode, RadioMenuItem> items = Map.of(ThemeMode.LIGHT, lightThemeItem, ThemeMode.DARK, darkThemeItem,
                ThemeMode.SYSTEM, systemThemeItem);
        items.forEach((mode, item) -> item.setUserData(mode));
        themeGroup.selectToggle(items.get(settings.themeProperty().get()));
        themeGroup.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after != null) {
                settings.themeProperty().set((ThemeMode) after.getUserData());
            }
        });
        settings.themeProperty().addListener((observable, before, after) -> {
            themeGroup.selectToggle(items.get(after));
            themes.apply(after);
        });
    }

    private void bindDrops() {
        dropHint.setText("A zip or tar archive of up to " + dev.codevault.desktop.newvault.Sizes.format(
                ArchiveCheck.DEFAULT_MAX_BYTES));
        root.addEventFilter(DragEvent.DRAG_OVER, this::dragOver);
        root.addEventFilter(DragEvent.DRAG_EXITED_TARGET, event -> {
            if (event.getTarget() == root) {
                dropOverlay.setVisible(false);
            }
        });
        root.addEventFilter(DragEvent.DRAG_DROPPED, this::drop);
    }

    private void dragOver(DragEvent event) {
        Dragboard board = event.getDragboard();
        if (board.hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
            dropOverlay.setVisible(true);
        }
    }

    private void drop(DragEvent event) {
        dropOverlay.setVisible(false);
        Dragboard board = event.getDragboard();
        if (!board.hasFiles()) {
            return;
        }
        List<Path> files = board.getFiles().stream().map(File::toPath).toList();
        event.setDropCompleted(newVault.takeArchive(files));
        event.consume();
    }

    /** Shows a page by making it the only visible one: the pages stay in the scene, so each is styled only once. */
    private void showPage(Page page) {
        loadedPages.forEach((each, view) -> view.setVisible(each == page));
        if (page == Page.SETTINGS) {
            settings.refresh();
        }
    }

    @FXML
    private void openArchive() {
        ArchivePicker.choose(root.getScene().getWindow()).ifPresentOrElse(
                file -> newVault.takeArchive(List.of(file)), () -> newVault.open(CodeSourceKind.ARCHIVE));
    }

    @FXML
    private void newGitVault() {
        newVault.open(CodeSourceKind.GIT);
    }

    @FXML
    private void quit() {
        quit.quit();
    }

    @FXML
    private void refresh() {
        vaultList.refresh();
        checkConnectionNow();
    }

    /** Checks the connection once, now, beside the monitor's schedule. */
    private void checkConnectionNow() {
        background.run(checker::check, this::showConnection,
                failure -> statusLine.setText("Checking the connection failed: " + failure.getMessage()));
    }

    @FXML
    private void showDashboard() {
        if (workspace.getSelectedVault() != null) {
            workspace.show(Page.DASHBOARD);
        }
    }

    @FXML
    private void focusAda() {
        Node input = root.lookup("#questionField");
        if (input != null) {
            input.requestFocus();
        }
    }

    @FXML
    private void showSettings() {
        workspace.show(Page.SETTINGS);
    }

    @FXML
    private void signOut() {
        settings.signOut();
    }

    @FXML
    private void retryConnection() {
        checkConnectionNow();
    }

    @FXML
    private void dismissError() {
        errors.dismiss();
    }

    @FXML
    private void showShortcuts() {
        String shortcut = System.getProperty("os.name", "").toLowerCase().startsWith("mac") ? "Cmd" : "Ctrl";
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.setContentText(String.join("\n",
                shortcut + "+O  New vault from an archive",
                shortcut + "+N  New vault from git",
                shortcut + "+R  Refresh",
                shortcut + "+1  Dashboard",
                shortcut + "+L  Ask Ada",
                shortcut + "+,  Settings",
                shortcut + "+Q  Quit",
                "Enter  Send the question to Ada",
                "Shift+Enter  New line in the question to Ada"));
        alert.show();
    }

    @FXML
    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle("About CodeVault");
        alert.setHeaderText("CodeVault");
        alert.setContentText("A private, analysed copy of your organisation's source code.");
        alert.show();
    }
}
