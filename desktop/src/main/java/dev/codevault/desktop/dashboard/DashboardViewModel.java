package dev.codevault.desktop.dashboard;

import dev.codevault.common.report.AnalysisDetails;
import dev.codevault.common.report.AnalysisDetails.FileStats;
import dev.codevault.common.report.AnalysisDetails.FunctionStats;
import dev.codevault.common.report.AnalysisReport;
import dev.codevault.common.report.VersionComparison;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.VersionStatus;
import dev.codevault.common.vault.VersionView;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.fx.Background;
import dev.codevault.desktop.fx.StartupProbe;
import dev.codevault.desktop.vaults.VaultBadge;
import dev.codevault.desktop.vaults.VaultClient;
import dev.codevault.desktop.vaults.VaultItem;
import dev.codevault.desktop.vaults.VaultNotFoundException;
import dev.codevault.desktop.workspace.Workspace;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The dashboard of the selected vault's selected version: overview cards, chart data, the tables of functions and
 * files with their filters, the cost with editable inputs, and the comparison of two versions. Follows
 * {@link Workspace#selectedVaultProperty()}; use it on the JavaFX thread.
 */
@Singleton
public class DashboardViewModel {

    private final VaultClient vaults;
    private final Background background;
    private final ErrorPresenter errors;
    private final CostViewModel cost;
    private final Workspace workspace;

    private final ReadOnlyObjectWrapper<VaultItem> vault = new ReadOnlyObjectWrapper<>();
    private final ObservableList<VersionView> versions = FXCollections.observableArrayList();
    private final ObjectProperty<VersionView> selectedVersion = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AnalysisReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObservableList<ChartEntry> languages = FXCollections.observableArrayList();
    private final ObservableList<ChartEntry> fileTypes = FXCollections.observableArrayList();
    private final ObservableList<ChartEntry> complexityBands = FXCollections.observableArrayList();
    private final ObservableList<FunctionStats> functions = FXCollections.observableArrayList();
    private final FilteredList<FunctionStats> filteredFunctions = new FilteredList<>(functions);
    private final StringProperty functionFilter = new SimpleStringProperty("");
    private final ObservableList<FileStats> files = FXCollections.observableArrayList();
    private final FilteredList<FileStats> filteredFiles = new FilteredList<>(files);
    private final StringProperty fileFilter = new SimpleStringProperty("");
    private final ObjectProperty<VersionView> compareFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<VersionView> compareTo = new SimpleObjectProperty<>();
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparisonMessage = new ReadOnlyStringWrapper("");
    private final ChangeListener<Integer> newVersionListener = (observable, before, after) -> reloadVersions();
    private long dataArrivedNanos;
    private int loadGeneration;

    DashboardViewModel(VaultClient vaults, Background background, ErrorPresenter errors, CostViewModel cost,
                       Workspace workspace) {
        this.vaults = vaults;
        this.background = background;
        this.errors = errors;
        this.cost = cost;
        this.workspace = workspace;
        workspace.selectedVaultProperty().addListener((observable, before, after) -> show(after));
        selectedVersion.addListener((observable, before, after) -> loadVersion(after));
        functionFilter.addListener((observable, before, after) -> filteredFunctions.setPredicate(
                function -> matches(after, function.name(), function.path(), function.language())));
        fileFilter.addListener((observable, before, after) -> filteredFiles.setPredicate(
                file -> matches(after, file.path(), file.language(), file.extension())));
        cost.estimateProperty().addListener((observable, before, after) -> replaceCostCard());
        workspace.addReconnectListener(this::reloadWhatFailed);
        show(workspace.getSelectedVault());
    }

    /** Shows a vault's newest analysed version, or a message that explains why there is none yet. */
    public void show(VaultItem selected) {
        VaultItem previous = vault.get();
        if (previous != null) {
            previous.latestVersionProperty().removeListener(newVersionListener);
        }
        vault.set(selected);
        selectedVersion.set(null);
        clearVersion();
        versions.clear();
        comparison.clear();
        comparisonMessage.set("");
        if (selected == null) {
            return;
        }
        selected.latestVersionProperty().addListener(newVersionListener);
        reloadVersions();
    }

    /**
     * Loads again what is missing after the connection came back: the versions when there are none, or the
     * selected analysed version when its report is missing. A vault without versions is asked again, which is
     * harmless.
     */
    private void reloadWhatFailed() {
        if (vault.get() == null || loading.get()) {
            return;
        }
        VersionView selected = selectedVersion.get();
        if (versions.isEmpty()) {
            reloadVersions();
        } else if (selected != null && selected.status() == VersionStatus.READY && report.get() == null) {
            loadVersion(selected);
        }
    }

    /** Loads the versions again, for example after a new analysis finished. */
    public void reloadVersions() {
        VaultItem current = vault.get();
        if (current == null) {
            return;
        }
        UUID id = current.id();
        int generation = ++loadGeneration;
        loading.set(true);
        background.run(() -> VaultNotFoundException.requireFound(vaults.listVersions(id), id), list -> {
            if (generation != loadGeneration) {
                return;
            }
            loading.set(false);
            selectedVersion.set(null);
            versions.setAll(list);
            VersionView newest = list.stream().filter(version -> version.status() == VersionStatus.READY)
                    .findFirst().orElse(null);
            selectedVersion.set(newest);
            if (newest == null) {
                statusMessage.set(noVersionMessage(current));
            }
            compareTo.set(newest);
            compareFrom.set(list.stream().filter(version -> version.status() == VersionStatus.READY)
                    .skip(1).findFirst().orElse(newest));
        }, failure -> {
            if (generation != loadGeneration) {
                // A newer load runs, so this failure belongs to a vault or version the user left.
                return;
            }
            loading.set(false);
            showFailure("Loading the versions of " + current.getName(), current, failure);
        });
    }

    private void loadVersion(VersionView version) {
        VaultItem current = vault.get();
        if (version == null || current == null) {
            clearVersion();
            return;
        }
        if (version.status() != VersionStatus.READY) {
            clearVersion();
            statusMessage.set("Version " + version.number() + " is " + version.status().name()
                    .toLowerCase(Locale.ROOT) + (version.failureReason() == null ? "." : ": "
                    + version.failureReason()));
            return;
        }
        UUID id = current.id();
        int number = version.number();
        int generation = ++loadGeneration;
        loading.set(true);
        statusMessage.set("Loading version " + number + "...");
        background.run(() -> linkedOffFxThread(new VersionData(
                        VaultNotFoundException.requireFound(vaults.getReport(id, number), id),
                        VaultNotFoundException.requireFound(vaults.getDetails(id, number), id))),
                data -> {
                    if (generation == loadGeneration) {
                        populate(data);
                    }
                }, failure -> {
                    if (generation != loadGeneration) {
                        // A newer load runs, so this failure belongs to a vault or version the user left.
                        return;
                    }
                    loading.set(false);
                    statusMessage.set("");
                    showFailure("Loading version " + number + " of " + current.getName(), current, failure);
                });
    }

    /**
     * Compares the data's records once on the calling thread. A record's first {@code equals} call links its
     * method at run time, which took 30 to 40 ms in the desktop benchmark. Property listeners compare the values
     * they receive, so without this that first call falls on the JavaFX thread while the dashboard fills.
     */
    private static VersionData linkedOffFxThread(VersionData data) {
        AnalysisReport loaded = data.report();
        for (Object part : new Object[] {loaded, loaded.cost(), loaded.totals(), data.details()}) {
            if (part != null) {
                part.equals(null);
                part.hashCode();
            }
        }
        return data;
    }

    /**
     * Fills the dashboard from a version's data in steps, each in its own turn of the JavaFX thread, so no single
     * turn or the frame after it does much work: the cards first, then each chart, then the tables.
     */
    public void populate(VersionData data) {
        dataArrivedNanos = System.nanoTime();
        AnalysisReport loaded = data.report();
        int generation = loadGeneration;
        List<Runnable> steps = List.of(
                () -> {
                    cost.load(loaded.cost());
                    cards.setAll(DashboardCards.cards(loaded, loaded.cost()));
                    statusMessage.set("");
                    report.set(loaded);
                },
                () -> languages.setAll(DashboardCards.languages(loaded)),
                () -> fileTypes.setAll(DashboardCards.fileTypes(loaded)),
                () -> complexityBands.setAll(DashboardCards.complexityBands(loaded)),
                () -> {
                    functions.setAll(data.details().mostComplexFunctions());
                    files.setAll(data.details().files());
                    loading.set(false);
                });
        runInTurns(steps, 0, generation);
    }

    private void runInTurns(List<Runnable> steps, int next, int generation) {
        long started = System.nanoTime();
        steps.get(next).run();
        StartupProbe.took("populate step " + (next + 1), started);
        if (next + 1 < steps.size()) {
            background.onFxThread(() -> {
                if (generation == loadGeneration) {
                    runInTurns(steps, next + 1, generation);
                }
            });
        }
    }

    /** Compares the two chosen versions. */
    public void compare() {
        VaultItem current = vault.get();
        VersionView from = compareFrom.get();
        VersionView to = compareTo.get();
        if (current == null || from == null || to == null) {
            comparisonMessage.set("Choose two analysed versions to compare.");
            return;
        }
        if (from.number() == to.number()) {
            comparisonMessage.set("Choose two different versions: both are version " + from.number() + ".");
            comparison.clear();
            return;
        }
        comparisonMessage.set("Comparing version " + from.number() + " with version " + to.number() + "...");
        background.run(() -> VaultNotFoundException.requireFound(
                vaults.compareVersions(current.id(), from.number(), to.number()), current.id()), result -> {
            if (vault.get() != current) {
                return;
            }
            comparison.setAll(rows(result));
            comparisonMessage.set("Changes from version " + result.from() + " to version " + result.to() + ":");
        }, failure -> {
            if (vault.get() != current) {
                // The user selected another vault, and this comparison belongs to the one left.
                return;
            }
            comparisonMessage.set("");
            showFailure("Comparing versions " + from.number() + " and " + to.number(), current, failure);
        });
    }

    private void showFailure(String action, VaultItem current, Throwable failure) {
        if (failure instanceof VaultNotFoundException) {
            workspace.vaultGone(current);
        }
        errors.show(action, failure);
    }

    static List<ComparisonRow> rows(VersionComparison result) {
        VersionComparison.TotalsChange totals = result.totals();
        List<ComparisonRow> rows = new ArrayList<>(List.of(
                new ComparisonRow("Files", Formats.change(totals.files())),
                new ComparisonRow("Code lines", Formats.change(totals.code())),
                new ComparisonRow("Comment lines", Formats.change(totals.comment())),
                new ComparisonRow("Blank lines", Formats.change(totals.blank())),
                new ComparisonRow("Complexity", Formats.change(totals.complexity())),
                new ComparisonRow("Functions", Formats.change(totals.functions())),
                new ComparisonRow("Files in the tree", Formats.change(totals.treeFiles()))));
        for (VersionComparison.LanguageChange language : result.languages()) {
            String note = language.added() ? " (added)" : language.removed() ? " (removed)" : "";
            rows.add(new ComparisonRow(language.name(), Formats.change(language.code()) + " code lines, "
                    + Formats.change(language.files()) + " files" + note));
        }
        for (VersionComparison.BandChange band : result.complexity()) {
            if (band.functions() != 0) {
                rows.add(new ComparisonRow("Functions of complexity " + band.label(),
                        Formats.change(band.functions())));
            }
        }
        return rows;
    }

    private void replaceCostCard() {
        Card replacement = cost.getEstimate() == null ? DashboardCards.costCardWithoutEstimate()
                : DashboardCards.costCard(cost.getEstimate());
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id().equals("cost")) {
                cards.set(i, replacement);
            }
        }
    }

    private void clearVersion() {
        report.set(null);
        cards.clear();
        languages.clear();
        fileTypes.clear();
        complexityBands.clear();
        functions.clear();
        files.clear();
        statusMessage.set("");
    }

    private static String noVersionMessage(VaultItem vault) {
        VaultBadge badge = VaultBadge.of(vault.getState(), vault.source() == CodeSourceKind.GIT);
        return "No analysed version yet. " + badge.text() + ": " + badge.detail();
    }

    private static boolean matches(String filter, String... values) {
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        for (String value : values) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** The vault shown, or {@code null}. */
    public ReadOnlyObjectProperty<VaultItem> vaultProperty() {
        return vault.getReadOnlyProperty();
    }

    /** The vault's versions, newest first. */
    public ObservableList<VersionView> versions() {
        return versions;
    }

    /** The version shown; setting it loads that version. */
    public ObjectProperty<VersionView> selectedVersionProperty() {
        return selectedVersion;
    }

    /** The report of the version shown, or {@code null}. */
    public ReadOnlyObjectProperty<AnalysisReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public AnalysisReport getReport() {
        return report.get();
    }

    /** Why no report is shown, or what is loading; empty when the report is shown. */
    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    public String getStatusMessage() {
        return statusMessage.get();
    }

    /** Whether data is loading. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The overview cards. */
    public ObservableList<Card> cards() {
        return cards;
    }

    /** Code lines per language, largest first, the smallest merged into {@code Other}. */
    public ObservableList<ChartEntry> languages() {
        return languages;
    }

    /** Files per extension, the ten most common. */
    public ObservableList<ChartEntry> fileTypes() {
        return fileTypes;
    }

    /** Functions per complexity band, lowest band first. */
    public ObservableList<ChartEntry> complexityBands() {
        return complexityBands;
    }

    /** The most complex functions that match {@link #functionFilterProperty()}. */
    public FilteredList<FunctionStats> functions() {
        return filteredFunctions;
    }

    /** Text that the functions' name, path or language must contain. */
    public StringProperty functionFilterProperty() {
        return functionFilter;
    }

    /** The files that match {@link #fileFilterProperty()}. */
    public FilteredList<FileStats> files() {
        return filteredFiles;
    }

    /** Text that the files' path, language or extension must contain. */
    public StringProperty fileFilterProperty() {
        return fileFilter;
    }

    /** The cost to replicate with its editable inputs. */
    public CostViewModel cost() {
        return cost;
    }

    /** The older version of the comparison. */
    public ObjectProperty<VersionView> compareFromProperty() {
        return compareFrom;
    }

    /** The newer version of the comparison. */
    public ObjectProperty<VersionView> compareToProperty() {
        return compareTo;
    }

    /** The changes between the compared versions. */
    public ObservableList<ComparisonRow> comparison() {
        return comparison;
    }

    /** What the comparison shows, or why it shows nothing. */
    public ReadOnlyStringProperty comparisonMessageProperty() {
        return comparisonMessage.getReadOnlyProperty();
    }

    public String getComparisonMessage() {
        return comparisonMessage.get();
    }

    /** Returns when the last version's data reached the JavaFX thread, in {@link System#nanoTime()}. */
    public long dataArrivedNanos() {
        return dataArrivedNanos;
    }

    /**
     * A version's data as it arrives from the server.
     *
     * @param report  the aggregates
     * @param details the per-file numbers and the most complex functions
     */
    public record VersionData(AnalysisReport report, AnalysisDetails details) {

        public VersionData {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(details, "details");
        }
    }
}
