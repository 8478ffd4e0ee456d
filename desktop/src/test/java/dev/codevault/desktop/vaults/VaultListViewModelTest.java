package dev.codevault.desktop.vaults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.project.ProjectView;
import dev.codevault.common.team.MemberRole;
import dev.codevault.common.team.TeamSummary;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.testing.Fakes;
import dev.codevault.desktop.testing.InlineBackground;
import dev.codevault.desktop.testing.TestData;
import dev.codevault.desktop.workspace.Workspace;
import io.micronaut.http.client.exceptions.HttpClientException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The vault list's view model, tested without a window against fake team, project and vault APIs. */
class VaultListViewModelTest {

    private final TeamSummary team = TestData.team("Acme", MemberRole.OWNER);
    private final ProjectView payments = TestData.project(team, "Payments");
    private final ProjectView analytics = TestData.project(team, "analytics");
    private final VaultView billing = TestData.vault(payments, "billing", VaultStatus.READY);
    private final VaultView ledger = TestData.vault(payments, "Ledger", VaultStatus.IMPORTING);
    private final VaultView reports = TestData.vault(analytics, "reports", VaultStatus.FAILED);
    private final Map<UUID, List<VaultView>> vaultsByProject = new HashMap<>(Map.of(payments.id(),
            List.of(billing, ledger), analytics.id(), List.of(reports)));
    private final List<String[]> notifications = new ArrayList<>();
    private final FakeStates states = new FakeStates();
    private final ErrorPresenter errors = new ErrorPresenter();
    private final Workspace workspace = new Workspace(errors);
    private boolean serverReachable = true;
    private final VaultListViewModel viewModel = new VaultListViewModel(new VaultListActions(
            Fakes.of(TeamClient.class).answer("teams", args -> {
                if (!serverReachable) {
                    throw new HttpClientException("Connection refused: /127.0.0.1:8080");
                }
                return List.of(team);
            }).build(),
            Fakes.of(ProjectClient.class).answer("listProjects", args -> List.of(payments, analytics)).build(),
            Fakes.of(VaultClient.class)
                    .answer("listVaults", args -> vaultsByProject.get((UUID) args[0]))
                    .answer("getVault", args -> vaultsByProject.get(payments.id()).contains(ledger) ? ledger : null)
                    .build(),
            states), new InlineBackground(), workspace, errors, (title, text) -> notifications.add(
            new String[] {title, text}));

    @Nested
    class Listing {

        @Test
        void groupsVaultsByProjectName() {
            viewModel.refresh();

            assertThat(viewModel.groups()).extracting(group -> group.project().name())
                    .containsExactly("analytics", "Payments");
            assertThat(viewModel.groups().get(1).vaults()).extracting(VaultItem::getName)
                    .containsExactly("billing", "Ledger");
        }

        @Test
        void followsOnlyVaultsInProgress() {
            viewModel.refresh();

            assertThat(states.followed()).containsExactly(ledger.id());
        }

        @Test
        void keepsItemsAcrossRefresh() {
            viewModel.refresh();
            VaultItem first = viewModel.find(billing.id()).orElseThrow();

            viewModel.refresh();

            assertThat(viewModel.find(billing.id())).containsSame(first);
            assertThat(states.followed()).containsExactly(ledger.id());
        }

        @Test
        void dropsVaultGoneFromServer() {
            viewModel.refresh();
            VaultItem item = viewModel.find(billing.id()).orElseThrow();
            workspace.select(item);
            vaultsByProject.put(payments.id(), List.of(ledger));

            workspace.vaultGone(item);

            assertThat(viewModel.find(billing.id())).isEmpty();
            assertThat(workspace.getSelectedVault()).isNull();
        }

        @Test
        void dropsVaultDeletedWhileAnalysing() {
            viewModel.refresh();
            vaultsByProject.put(payments.id(), List.of(billing));

            states.push(ledger.id(), TestData.state(VaultStatus.READY));

            assertThat(viewModel.find(ledger.id())).isEmpty();
        }

        @Test
        void skipsProjectDeletedMeanwhile() {
            vaultsByProject.remove(analytics.id());

            viewModel.refresh();

            assertThat(viewModel.groups()).extracting(group -> group.project().name())
                    .containsExactly("analytics", "Payments");
            assertThat(viewModel.groups().get(0).vaults()).isEmpty();
            assertThat(errors.getCurrent()).isNull();
        }

        @Test
        void presentsUnreachableServer() {
            serverReachable = false;

            viewModel.refresh();

            assertThat(errors.getCurrent().whatFailed()).isEqualTo("Loading your vaults failed.");
            assertThat(errors.getCurrent().whatToDo()).startsWith("Cannot reach the server");
            assertThat(viewModel.isLoading()).isFalse();
        }
    }

    @Nested
    class LiveStates {

        @Test
        void updatesBadgeFromStream() {
            viewModel.refresh();

            states.push(ledger.id(), TestData.state(VaultStatus.ANALYSING));

            assertThat(viewModel.find(ledger.id()).orElseThrow().getState().status())
                    .isEqualTo(VaultStatus.ANALYSING);
        }

        @Test
        void notifiesWhenReadyInBackground() {
            viewModel.refresh();
            workspace.windowActive(false);

            states.push(ledger.id(), TestData.state(VaultStatus.READY));

            assertThat(notifications).hasSize(1);
            assertThat(notifications.get(0)[0]).isEqualTo("Analysis finished");
            assertThat(notifications.get(0)[1]).isEqualTo("Ledger is ready to read in CodeVault.");
            assertThat(states.closed()).containsExactly(ledger.id());
        }

        @Test
        void staysQuietWhileWindowActive() {
            viewModel.refresh();
            workspace.windowActive(true);

            states.push(ledger.id(), TestData.state(VaultStatus.READY));

            assertThat(notifications).isEmpty();
        }

        @Test
        void notifiesFailureWithReason() {
            viewModel.refresh();
            workspace.windowActive(false);

            states.push(ledger.id(), TestData.state(VaultStatus.FAILED));

            assertThat(notifications.get(0)[1]).isEqualTo("Ledger failed: The archive is corrupt. Upload it again.");
        }
    }
}
