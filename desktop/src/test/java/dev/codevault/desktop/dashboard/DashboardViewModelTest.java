package dev.codevault.desktop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codevault.common.report.AnalysisDetails;
import dev.codevault.common.report.AnalysisReport;
import dev.codevault.common.report.VersionComparison;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VersionStatus;
import dev.codevault.common.vault.VersionView;
import dev.codevault.desktop.dashboard.CostViewModel.Input;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.testing.Fakes;
import dev.codevault.desktop.testing.InlineBackground;
import dev.codevault.desktop.testing.ManualBackground;
import dev.codevault.desktop.testing.TestData;
import dev.codevault.desktop.vaults.VaultClient;
import dev.codevault.desktop.vaults.VaultItem;
import dev.codevault.desktop.workspace.Workspace;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The dashboard's view model, tested without a window against a fake vault API. */
class DashboardViewModelTest {

    private final ErrorPresenter errors = new ErrorPresenter();
    private final Workspace workspace = new Workspace(errors);
    private List<VersionView> versions = new ArrayList<>(List.of(
            TestData.version(2, VersionStatus.ANALYSING), TestData.version(1, VersionStatus.READY)));
    private AnalysisReport report = TestData.report(1, 900, 100);
    private AnalysisDetails details = TestData.details(1, 12);
    private final VaultClient vaults = Fakes.of(VaultClient.class)
            .answer("listVersions", args -> versions)
            .answer("getReport", args -> report)
            .answer("getDetails", args -> details)
            .answer("compareVersions", args -> new VersionComparison(1, 2,
                    new VersionComparison.TotalsChange(3, 1204, 10, -2, 40, 3, 7),
                    List.of(new VersionComparison.LanguageChange("Go", 1, 50, 4, true, false)),
                    List.of(new VersionComparison.BandChange("1-5", 7))))
            .build();
    private final DashboardViewModel viewModel = new DashboardViewModel(vaults, new InlineBackground(), errors,
            new CostViewModel(), workspace);

    @Nested
    class Overview {

        @Test
        void showsNewestReadyVersion() {
            select(VaultStatus.ANALYSING);

            assertThat(viewModel.selectedVersionProperty().get().number()).isEqualTo(1);
            assertThat(card("lines-of-code").value()).isEqualTo(Formats.count(1000));
            assertThat(card("files").value()).isEqualTo(Formats.count(12));
            assertThat(card("languages").caption()).isEqualTo("Most code: Java (90%)");
            assertThat(card("complexity").caption()).isEqualTo(Formats.count(52) + " functions, 2 above 20");
        }

        @Test
        void countsOneFunctionInSingular() {
            assertThat(Formats.count(1, "function", "functions")).isEqualTo("1 function");
            assertThat(Formats.count(0, "function", "functions")).isEqualTo("0 functions");
        }

        @Test
        void describesSmallEffortInWords() {
            assertThat(Formats.effort(0.04, 0.4)).isEqualTo("one person for less than a day");
            assertThat(Formats.effort(0.2, 0.5)).isEqualTo("one person for 2 working days");
            assertThat(Formats.effort(0.5, 1)).isEqualTo("one person for 2 weeks");
            assertThat(Formats.effort(2.5, 7.25)).isEqualTo(Formats.decimal(2.5) + " people for "
                    + Formats.decimal(7.25) + " months");
        }

        @Test
        void unavailableAnalysesSayNotAnalysed() {
            select(VaultStatus.READY);

            for (String id : List.of("contributors", "security-issues", "licences")) {
                assertThat(card(id).available()).as(id).isFalse();
                assertThat(card(id).value()).as(id).isEqualTo("Not analysed yet");
            }
        }

        @Test
        void explainsVaultWithoutVersion() {
            versions.clear();

            select(VaultStatus.IMPORTING);

            assertThat(viewModel.getReport()).isNull();
            assertThat(viewModel.getStatusMessage()).startsWith("No analysed version yet. Importing");
            assertThat(viewModel.cards()).isEmpty();
        }

        @Test
        void chartsLanguagesByCode() {
            select(VaultStatus.READY);

            assertThat(viewModel.languages()).containsExactly(new ChartEntry("Java", 900),
                    new ChartEntry("Python", 100));
            assertThat(viewModel.fileTypes()).extracting(ChartEntry::label).containsExactly(".java", ".py", ".png");
            assertThat(viewModel.complexityBands()).hasSize(5);
        }
    }

    @Nested
    class Tables {

        @Test
        void filtersFunctionsByText() {
            select(VaultStatus.READY);

            viewModel.functionFilterProperty().set("LEDGER");

            assertThat(viewModel.functions()).extracting(AnalysisDetails.FunctionStats::name)
                    .containsExactly("Ledger.post");
        }

        @Test
        void filtersFilesOfLargeVault() {
            details = TestData.details(1, 12_000);
            select(VaultStatus.READY);

            viewModel.fileFilterProperty().set("module3/");

            assertThat(viewModel.files()).hasSize(1_200);
        }
    }

    @Nested
    class Comparison {

        @Test
        void listsChangesBetweenVersions() {
            versions.set(0, TestData.version(2, VersionStatus.READY));
            select(VaultStatus.READY);

            viewModel.compare();

            assertThat(viewModel.getComparisonMessage()).isEqualTo("Changes from version 1 to version 2:");
            assertThat(viewModel.comparison()).contains(
                    new ComparisonRow("Code lines", Formats.change(1204)),
                    new ComparisonRow("Blank lines", "-2"),
                    new ComparisonRow("Go", "+50 code lines, +1 files (added)"));
        }

        @Test
        void explainsSameVersionTwice() {
            select(VaultStatus.READY);
            viewModel.compareFromProperty().set(versions.get(1));
            viewModel.compareToProperty().set(versions.get(1));

            viewModel.compare();

            assertThat(viewModel.getComparisonMessage()).contains("both are version 1");
            assertThat(viewModel.comparison()).isEmpty();
        }
    }

    @Nested
    class VaultLeftBehind {

        private final ManualBackground background = new ManualBackground();

        @Test
        void dropsFailureOfVaultLeftBehind() {
            VaultItem billing = vault("billing");
            VaultItem ledger = vault("ledger");
            VaultClient failsForBilling = Fakes.of(VaultClient.class)
                    .answer("listVersions", args -> {
                        if (billing.id().equals(args[0])) {
                            throw new HttpClientResponseException("Forbidden", HttpResponse.status(HttpStatus.FORBIDDEN));
                        }
                        return List.of();
                    })
                    .build();
            new DashboardViewModel(failsForBilling, background, errors, new CostViewModel(), workspace);
            workspace.select(billing);
            workspace.select(ledger);

            background.runAll();

            assertThat(errors.getCurrent()).isNull();
        }
    }

    @Nested
    class Reconnect {

        private boolean serverReachable;

        @Test
        void reloadsVersionsWhenConnectionReturns() {
            Workspace ownWorkspace = new Workspace(errors);
            VaultClient offlineFirst = Fakes.of(VaultClient.class)
                    .answer("listVersions", args -> {
                        if (!serverReachable) {
                            throw new HttpClientException("Connect Error: Connection refused");
                        }
                        return versions;
                    })
                    .answer("getReport", args -> report)
                    .answer("getDetails", args -> details)
                    .build();
            DashboardViewModel dashboard = new DashboardViewModel(offlineFirst, new InlineBackground(), errors,
                    new CostViewModel(), ownWorkspace);
            ownWorkspace.select(vault("billing"));
            serverReachable = true;

            ownWorkspace.reconnected();

            assertThat(dashboard.versions()).hasSize(2);
            assertThat(dashboard.getReport()).isNotNull();
        }
    }

    @Nested
    class DeletedVault {

        @Test
        void explainsVaultDeletedOnServer() {
            versions = null;

            select(VaultStatus.READY);

            assertThat(errors.getCurrent().whatFailed()).isEqualTo("Loading the versions of billing failed.");
            assertThat(errors.getCurrent().whatToDo()).startsWith("This vault no longer exists on the server");
        }

        @Test
        void leavesDashboardAndRefreshesList() {
            List<VaultItem> goneVaults = new ArrayList<>();
            workspace.addVaultGoneListener(goneVaults::add);
            versions = null;

            select(VaultStatus.READY);

            assertThat(workspace.getSelectedVault()).isNull();
            assertThat(goneVaults).extracting(VaultItem::getName).containsExactly("billing");
            assertThat(viewModel.loadingProperty().get()).isFalse();
        }

        @Test
        void explainsReportDeletedOnServer() {
            report = null;

            select(VaultStatus.READY);

            assertThat(errors.getCurrent().whatFailed()).isEqualTo("Loading version 1 of billing failed.");
            assertThat(errors.getCurrent().whatToDo()).startsWith("This vault no longer exists on the server");
        }
    }

    @Nested
    class Cost {

        @Test
        void recomputesRangeFromEditedSalary() {
            select(VaultStatus.READY);
            double expectedBefore = viewModel.cost().getEstimate().expected().cost();
            viewModel.cost().load(CostCalculator.estimate(1000, TestData.costInputs()));
            double serverFormula = viewModel.cost().getEstimate().expected().cost();

            viewModel.cost().inputProperty(Input.ANNUAL_SALARY).set("240000");

            assertThat(expectedBefore).isEqualTo(2000);
            assertThat(viewModel.cost().getEstimate().expected().cost()).isCloseTo(serverFormula * 2, within(0.01));
            assertThat(card("cost").value()).isEqualTo(Formats.money(viewModel.cost().getEstimate().low().cost(),
                    "USD") + " - " + Formats.money(viewModel.cost().getEstimate().high().cost(), "USD"));
        }

        @Test
        void namesInputThatIsNoNumber() {
            select(VaultStatus.READY);

            viewModel.cost().inputProperty(Input.HIGH_FACTOR).set("two");

            assertThat(viewModel.cost().getError()).isEqualTo("Enter a number from 1 to 100 for the high factor "
                    + "(now 'two').");
        }

        @Test
        void rejectsLowFactorAboveOne() {
            select(VaultStatus.READY);

            viewModel.cost().inputProperty(Input.LOW_FACTOR).set("9");

            assertThat(viewModel.cost().getError()).isEqualTo("Enter a number above 0 and at most 1 for the low "
                    + "factor (now '9').");
        }

        @Test
        void invalidInputMarksCostCardUnavailable() {
            select(VaultStatus.READY);
            viewModel.cost().inputProperty(Input.ANNUAL_SALARY).set("5000000");

            viewModel.cost().inputProperty(Input.ANNUAL_SALARY).set("5000000x");

            assertThat(viewModel.cost().getEstimate()).isNull();
            assertThat(card("cost").available()).isFalse();
            assertThat(card("cost").value()).isEqualTo("Waiting for valid inputs");
            assertThat(card("cost").caption()).isEqualTo("Fix the invalid input on the Cost tab to see the "
                    + "estimate.");
        }

        @Test
        void validInputRestoresCostCard() {
            select(VaultStatus.READY);
            viewModel.cost().inputProperty(Input.ANNUAL_SALARY).set("5000000x");

            viewModel.cost().inputProperty(Input.ANNUAL_SALARY).set("5000000");

            assertThat(card("cost").available()).isTrue();
            assertThat(card("cost")).isEqualTo(DashboardCards.costCard(viewModel.cost().getEstimate()));
        }

        @Test
        void rejectsSalaryTooLargeToCompute() {
            select(VaultStatus.READY);

            viewModel.cost().inputProperty(Input.ANNUAL_SALARY).set("1e308");

            assertThat(viewModel.cost().getError()).startsWith("Enter a number above 0 and at most 1000000000 for "
                    + "the annual salary");
        }

        @Test
        void resetsToServerInputs() {
            select(VaultStatus.READY);
            viewModel.cost().inputProperty(Input.OVERHEAD).set("9");

            viewModel.cost().reset();

            assertThat(viewModel.cost().getEstimate()).isEqualTo(report.cost());
            assertThat(viewModel.cost().getError()).isEmpty();
        }
    }

    private void select(VaultStatus status) {
        workspace.select(new VaultItem(TestData.vault(TestData.project(TestData.team("Acme",
                dev.codevault.common.team.MemberRole.OWNER), "Payments"), "billing", status)));
    }

    private static VaultItem vault(String name) {
        return new VaultItem(TestData.vault(TestData.project(TestData.team("Acme",
                dev.codevault.common.team.MemberRole.OWNER), "Payments"), name, VaultStatus.READY));
    }

    private Card card(String id) {
        return viewModel.cards().stream().filter(card -> card.id().equals(id)).findFirst().orElseThrow();
    }
}
