package dev.codevault.desktop.vaults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.project.ProjectView;
import dev.codevault.common.team.MemberRole;
import dev.codevault.common.team.TeamSummary;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.testing.Fakes;
import dev.codevault.desktop.testing.FxWait;
import dev.codevault.desktop.testing.InlineBackground;
import dev.codevault.desktop.testing.RequiresDisplay;
import dev.codevault.desktop.testing.TestData;
import dev.codevault.desktop.workspace.Page;
import dev.codevault.desktop.workspace.Workspace;
import java.io.IOException;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The vault list in a window, against fake team, project and vault APIs. */
@Tag("ui")
@ExtendWith(RequiresDisplay.class)
class VaultListControllerTest {

    private static final long WAIT_SECONDS = 10;

    private final TeamSummary team = TestData.team("Acme", MemberRole.OWNER);
    private final ProjectView payments = TestData.project(team, "Payments");
    private final VaultView billing = TestData.vault(payments, "billing", VaultStatus.READY);
    private final ErrorPresenter errors = new ErrorPresenter();
    private final Workspace workspace = new Workspace(errors);
    private final VaultListViewModel viewModel = new VaultListViewModel(new VaultListActions(
            Fakes.of(TeamClient.class).answer("teams", args -> List.of(team)).build(),
            Fakes.of(ProjectClient.class).answer("listProjects", args -> List.of(payments)).build(),
            Fakes.of(VaultClient.class).answer("listVaults", args -> List.of(billing)).build(),
            new FakeStates()), new InlineBackground(), workspace, errors, (title, text) -> { });
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            viewModel.refresh();
            stage.setScene(new Scene(loadView(), 320, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void clickOnSelectedVaultShowsItsDashboard() throws Exception {
        robot.clickOn("billing");
        FxWait.until(WAIT_SECONDS, () -> workspace.getPage() == Page.DASHBOARD);
        FxToolkit.setupFixture(() -> workspace.show(Page.NEW_VAULT));

        robot.clickOn("billing");

        FxWait.until(WAIT_SECONDS, () -> workspace.getPage() == Page.DASHBOARD);
        assertThat(workspace.getSelectedVault().id()).isEqualTo(billing.id());
    }

    @Test
    void enterOnSelectedVaultShowsItsDashboard() throws Exception {
        robot.clickOn("billing");
        FxWait.until(WAIT_SECONDS, () -> workspace.getPage() == Page.DASHBOARD);
        FxToolkit.setupFixture(() -> workspace.show(Page.NEW_VAULT));

        robot.type(KeyCode.ENTER);

        FxWait.until(WAIT_SECONDS, () -> workspace.getPage() == Page.DASHBOARD);
        assertThat(workspace.getSelectedVault().id()).isEqualTo(billing.id());
    }

    /** Loads the list's view. The add button, the only user of the new-vault form, is not pressed here. */
    private Parent loadView() {
        FXMLLoader loader = new FXMLLoader(VaultListController.class.getResource(
                "/dev/codevault/desktop/vaults/VaultListView.fxml"));
        loader.setControllerFactory(type -> new VaultListController(viewModel, workspace, null));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("Loading the vault list's view failed", e);
        }
    }
}
