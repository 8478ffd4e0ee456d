package dev.codevault.desktop.newvault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.project.ProjectView;
import dev.codevault.common.team.MemberRole;
import dev.codevault.common.team.TeamSummary;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.server.ServerLimits;
import dev.codevault.desktop.settings.AdminSettings;
import dev.codevault.desktop.testing.Fakes;
import dev.codevault.desktop.testing.InlineBackground;
import dev.codevault.desktop.testing.RequiresDisplay;
import dev.codevault.desktop.testing.TestData;
import dev.codevault.desktop.vaults.FakeStates;
import dev.codevault.desktop.vaults.ProjectClient;
import dev.codevault.desktop.vaults.TeamClient;
import dev.codevault.desktop.vaults.VaultClient;
import dev.codevault.desktop.vaults.VaultItem;
import dev.codevault.desktop.vaults.VaultListActions;
import dev.codevault.desktop.vaults.VaultListViewModel;
import dev.codevault.desktop.workspace.Page;
import dev.codevault.desktop.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The new-vault form in a window, bound to its view model against fake APIs. */
@Tag("ui")
@ExtendWith(RequiresDisplay.class)
class NewVaultControllerTest {

    @TempDir
    Path folder;

    private final TeamSummary team = TestData.team("Acme", MemberRole.OWNER);
    private final ProjectView payments = TestData.project(team, "Payments");
    private final VaultView billing = TestData.vault(payments, "billing", VaultStatus.READY);
    private final ErrorPresenter errors = new ErrorPresenter();
    private final Workspace workspace = new Workspace(errors);
    private final FxRobot robot = new FxRobot();
    private NewVaultViewModel viewModel;
    private Parent view;

    @BeforeEach
    void openWindow() throws Exception {
        ProjectClient projects = Fakes.of(ProjectClient.class).answer("listProjects", args -> List.of(payments))
                .build();
        VaultClient vaults = Fakes.of(VaultClient.class).answer("listVaults", args -> List.of(billing)).build();
        VaultListViewModel vaultList = new VaultListViewModel(new VaultListActions(
                Fakes.of(TeamClient.class).answer("teams", args -> List.of(team)).build(), projects, vaults,
                new FakeStates()), new InlineBackground(), workspace, errors, (title, text) -> { });
        // The tests upload nothing, so the form has no uploader.
        viewModel = new NewVaultViewModel(new NewVaultActions(projects, vaults, null,
                new AdminSettings(folder.resolve("none.properties").toString()), new ServerLimits()),
                new InlineBackground(), vaultList, workspace, errors);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            vaultList.refresh();
            view = loadView();
            stage.setScene(new Scene(view, 700, 900));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void labelsNewProjectName() throws Exception {
        FxToolkit.setupFixture(() -> {
            viewModel.open(CodeSourceKind.ARCHIVE);
            viewModel.targetProperty().set(new ProjectTarget(team, null));
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node field = view.lookup("#newProjectField");
        List<Label> labels = view.lookupAll(".label").stream().filter(Label.class::isInstance)
                .map(Label.class::cast).filter(label -> label.getLabelFor() == field).toList();

        assertThat(field.isVisible()).isTrue();
        assertThat(labels).extracting(Label::getText).containsExactly("Name of the new project");
        assertThat(labels.get(0).isVisible()).isTrue();
        assertThat(field.getAccessibleText()).isEqualTo("Name of the new project");
    }

    @Test
    void linksEveryFieldLabelToItsControl() {
        Map<String, String> controls = new LinkedHashMap<>();
        controls.put("Project", "#projectBox");
        controls.put("Name of the new project", "#newProjectField");
        controls.put("Vault name", "#nameField");
        controls.put("Repository address", "#urlField");
        controls.put("Branch (empty for the default branch)", "#branchField");
        controls.put("User name (for a private repository)", "#usernameField");
        controls.put("Password or personal access token", "#tokenField");
        controls.put("Read the repository again", "#scheduleBox");

        for (Map.Entry<String, String> entry : controls.entrySet()) {
            Label label = labelWithText(entry.getKey());
            assertThat(label.getLabelFor()).as("control of the label %s", entry.getKey())
                    .isSameAs(view.lookup(entry.getValue()));
        }
    }

    @Test
    void titleNamesVaultForNewVersion() throws Exception {
        FxToolkit.setupFixture(() -> {
            workspace.select(new VaultItem(billing));
            viewModel.open(CodeSourceKind.ARCHIVE);
        });
        WaitForAsyncUtils.waitForFxEvents();

        Label title = (Label) view.lookup("#titleLabel");

        assertThat(title.getText()).isEqualTo("Upload a new version of billing");
    }

    @Test
    void emptiesTokenFieldWhenPageIsLeft() throws Exception {
        FxToolkit.setupFixture(() -> viewModel.open(CodeSourceKind.GIT));
        PasswordField token = (PasswordField) view.lookup("#tokenField");
        robot.clickOn(token).write("secret-token");

        FxToolkit.setupFixture(() -> workspace.show(Page.SETTINGS));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(token.getText()).isEmpty();
    }

    private Label labelWithText(String text) {
        return view.lookupAll(".label").stream().filter(Label.class::isInstance).map(Label.class::cast)
                .filter(label -> text.equals(label.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no label reads " + text));
    }

    private Parent loadView() {
        FXMLLoader loader = new FXMLLoader(NewVaultController.class.getResource(
                "/dev/codevault/desktop/newvault/NewVaultView.fxml"));
        loader.setControllerFactory(type -> new NewVaultController(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("Loading the new-vault view failed", e);
        }
    }
}
