package dev.codevault.desktop.workspace;

import dev.codevault.desktop.dashboard.DashboardViewModel;
import dev.codevault.desktop.fx.StartupProbe;
import dev.codevault.desktop.vaults.ProjectGroup;
import dev.codevault.desktop.vaults.VaultListViewModel;
import io.micronaut.context.BeanContext;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scripted part of a benchmark run, on only with {@code -Dcodevault.benchmark=true} and
 * {@code -Dcodevault.benchmark.vault=ID}: once the vault list shows that vault it opens its dashboard, and a few
 * seconds after the dashboard is filled it reports the resident memory and quits.
 */
public final class BenchmarkRun {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkRun.class);
    private static final Duration SETTLE = Duration.seconds(3);

    private BenchmarkRun() {
    }

    /** Starts the script when the benchmark properties ask for it; call it on the JavaFX thread. */
    public static void startIfRequested(BeanContext beans) {
        String vault = System.getProperty("codevault.benchmark.vault");
        if (!StartupProbe.enabled() || vault == null) {
            return;
        }
        UUID vaultId = UUID.fromString(vault);
        VaultListViewModel vaultList = beans.getBean(VaultListViewModel.class);
        Workspace workspace = beans.getBean(Workspace.class);
        vaultList.groups().addListener((ListChangeListener<ProjectGroup>) change -> {
            if (workspace.getSelectedVault() == null) {
                vaultList.find(vaultId).ifPresent(item -> {
                    LOG.info("BENCHMARK opening vault {}", item.id());
                    workspace.select(item);
                });
            }
        });
        workspace.pageProperty().addListener((observable, before, after) -> {
            if (after == Page.DASHBOARD) {
                watchDashboard(beans.getBean(DashboardViewModel.class));
            }
        });
    }

    private static void watchDashboard(DashboardViewModel dashboard) {
        dashboard.reportProperty().addListener((observable, before, after) -> {
            if (after == null) {
                return;
            }
            PauseTransition settle = new PauseTransition(SETTLE);
            settle.setOnFinished(event -> {
                StartupProbe.report("dashboard-open");
                if (Boolean.getBoolean("codevault.benchmark.exit")) {
                    Platform.exit();
                }
            });
            settle.play();
        });
    }
}
