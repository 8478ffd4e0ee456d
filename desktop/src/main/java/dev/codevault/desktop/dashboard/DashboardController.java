package dev.codevault.desktop.dashboard;

import dev.codevault.common.report.AnalysisDetails.FileStats;
import dev.codevault.common.report.AnalysisDetails.FunctionStats;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.VaultState;
import dev.codevault.common.vault.VersionView;
import dev.codevault.desktop.dashboard.CostViewModel.Input;
import dev.codevault.desktop.fx.ColumnsPane;
import dev.codevault.desktop.fx.StartupProbe;
import dev.codevault.desktop.newvault.NewVaultViewModel;
import dev.codevault.desktop.vaults.VaultBadge;
import dev.codevault.desktop.vaults.VaultItem;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.CustomTextField;

/** Binds the dashboard to its {@link DashboardViewModel}: cards, charts, tables, comparison and cost. */
@Prototype
public class DashboardController {

    /** Set on the language chart while it has one slice, which the style sheet draws without a border. */
    private static final PseudoClass SINGLE_SLICE = PseudoClass.getPseudoClass("single-slice");

    private final DashboardViewModel viewModel;
    private final NewVaultViewModel newVault;
    private final ChangeListener<VaultState> badgeListener = (observable, before, after) -> showBadge();

    @FXML
    private Label vaultNameLabel;
    @FXML
    private Label badgeLabel;
    @FXML
    private ComboBox<VersionView> versionBox;
    @FXML
    private Button uploadButton;
    @FXML
    private Label statusLabel;
    @FXML
    private VBox content;
    @FXML
    private TabPane tabs;
    @FXML
    private ColumnsPane cardPane;
    @FXML
    private PieChart languageChart;
    @FXML
    private BarChart<String, Number> complexityChart;
    @FXML
    private BarChart<String, Number> fileTypeChart;
    @FXML
    private CustomTextField functionFilter;
    @FXML
    private TableView<FunctionStats> functionTable;
    @FXML
    private TableColumn<FunctionStats, Integer> functionComplexityColumn;
    @FXML
    private TableColumn<FunctionStats, String> functionNameColumn;
    @FXML
    private TableColumn<FunctionStats, String> functionPathColumn;
    @FXML
    private TableColumn<FunctionStats, String> functionLanguageColumn;
    @FXML
    private TableColumn<FunctionStats, Integer> functionLinesColumn;
    @FXML
    private CustomTextField fileFilter;
    @FXML
    private TableView<FileStats> fileTable;
    @FXML
    private TableColumn<FileStats, String> filePathColumn;
    @FXML
    private TableColumn<FileStats, String> fileLanguageColumn;
    @FXML
    private TableColumn<FileStats, Long> fileCodeColumn;
    @FXML
    private TableColumn<FileStats, Long> fileComplexityColumn;
    @FXML
    private TableColumn<FileStats, String> fileCategoryColumn;
    @FXML
    private ComboBox<VersionView> compareFromBox;
    @FXML
    private ComboBox<VersionView> compareToBox;
    @FXML
    private Label comparisonLabel;
    @FXML
    private TableView<ComparisonRow> comparisonTable;
    @FXML
    private TableColumn<ComparisonRow, String> comparisonSubjectColumn;
    @FXML
    private TableColumn<ComparisonRow, String> comparisonChangeColumn;
    @FXML
    private Label costRangeLabel;
    @FXML
    private Label costDetailLabel;
    @FXML
    private GridPane costInputs;
    @FXML
    private Label costErrorLabel;

    DashboardController(DashboardViewModel viewModel, NewVaultViewModel newVault) {
        this.viewModel = viewModel;
        this.newVault = newVault;
    }

    @FXML
    private void initialize() {
        bindHeader();
        bindCards();
        bindCharts();
        bindTables();
        bindComparison();
        bindCost();
        attachTabContentWhenFirstSelected();
        content.visibleProperty().bind(viewModel.reportProperty().isNotNull());
        content.managedProperty().bind(content.visibleProperty());
        viewModel.loadingProperty().addListener((observable, before, loading) -> {
            if (!loading && viewModel.getReport() != null && StartupProbe.enabled()) {
                long arrived = viewModel.dataArrivedNanos();
                Platform.runLater(() -> {
                    Scene scene = content.getScene();
                    // A dashboard left over from a failed preload is in no scene, so there is nothing to time.
                    if (scene != null) {
                        scene.addPostLayoutPulseListener(new DashboardTimer(scene, arrived));
                    }
                });
            }
        });
    }

    /**
     * Keeps each tab's content out of the scene until the tab is first selected, so opening the dashboard styles and
     * lays out only the overview, and filling the tables of a large vault costs nothing until they are looked at.
     */
    private void attachTabContentWhenFirstSelected() {
        for (Tab tab : tabs.getTabs()) {
            if (tab.isSelected()) {
                continue;
            }
            Node tabContent = tab.getContent();
            tab.setContent(new StackPane());
            tab.selectedProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> observable, Boolean before, Boolean selected) {
                    if (selected) {
                        tab.selectedProperty().removeListener(this);
                        tab.setContent(tabContent);
                    }
                }
            });
        }
    }

    private void bindHeader() {
        viewModel.vaultProperty().addListener((observable, before, after) -> {
            if (before != null) {
                before.stateProperty().removeListener(badgeListener);
            }
            if (after != null) {
                after.stateProperty().addListener(badgeListener);
            }
            showHeader(after);
        });
        showHeader(viewModel.vaultProperty().get());
        if (viewModel.vaultProperty().get() != null) {
            viewModel.vaultProperty().get().stateProperty().addListener(badgeListener);
        }
        StringConverter<VersionView> versionNames = new StringConverter<>() {
            @Override
            public String toString(VersionView version) {
                return version == null ? "" : "Version " + version.number() + " ("
                        + version.status().name().toLowerCase(Locale.ROOT) + ")";
            }

            @Override
            public VersionView fromString(String text) {
                return null;
            }
        };
        versionBox.setConverter(versionNames);
        versionBox.setItems(viewModel.versions());
        versionBox.valueProperty().bindBidirectional(viewModel.selectedVersionProperty());
        compareFromBox.setConverter(versionNames);
        compareToBox.setConverter(versionNames);
        statusLabel.textProperty().bind(viewModel.statusMessageProperty());
        statusLabel.visibleProperty().bind(viewModel.statusMessageProperty().isNotEmpty());
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
    }

    private void showHeader(VaultItem vault) {
        vaultNameLabel.textProperty().unbind();
        if (vault == null) {
            vaultNameLabel.setText("");
            badgeLabel.setText("");
            uploadButton.setVisible(false);
            return;
        }
        vaultNameLabel.textProperty().bind(vault.nameProperty());
        uploadButton.setVisible(vault.source() == CodeSourceKind.ARCHIVE);
        showBadge();
    }

    private void showBadge() {
        VaultItem vault = viewModel.vaultProperty().get();
        if (vault == null) {
            return;
        }
        VaultBadge badge = VaultBadge.of(vault.getState(), vault.source() == CodeSourceKind.GIT);
        badgeLabel.setText(badge.text());
        badgeLabel.getStyleClass().removeIf(style -> style.startsWith("badge-"));
        badgeLabel.getStyleClass().add(badge.styleClass());
        badgeLabel.setAccessibleText("Status: " + badge.text() + ". " + badge.detail());
    }

    private void bindCards() {
        viewModel.cards().addListener((ListChangeListener<Card>) change -> showCards());
        showCards();
    }

    private void showCards() {
        cardPane.getChildren().setAll(viewModel.cards().stream().map(DashboardController::cardNode).toList());
    }

    private static VBox cardNode(Card card) {
        Label title = new Label(card.title());
        title.getStyleClass().add("card-title");
        // The pane of cards makes its columns as wide as the widest card's minimum, so title and value show whole.
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label value = new Label(card.value());
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.getStyleClass().add(card.available() ? "card-value" : "card-value-unavailable");
        value.setId("card-" + card.id());
        Label caption = new Label(card.caption());
        caption.getStyleClass().add("text-muted");
        caption.setWrapText(true);
        VBox node = new VBox(4, title, value, caption);
        node.getStyleClass().addAll("card", card.available() ? "card-available" : "card-unavailable");
        node.setMinHeight(110);
        node.setFocusTraversable(true);
        node.setAccessibleText(card.title() + ": " + card.value() + ". " + card.caption());
        return node;
    }

    private void bindCharts() {
        viewModel.languages().addListener((ListChangeListener<ChartEntry>) change -> showLanguages());
        viewModel.complexityBands().addListener((ListChangeListener<ChartEntry>) change ->
                showBars(complexityChart, viewModel.complexityBands(), "Functions by complexity"));
        viewModel.fileTypes().addListener((ListChangeListener<ChartEntry>) change ->
                showBars(fileTypeChart, viewModel.fileTypes(), "Files by type"));
    }

    private void showLanguages() {
        languageChart.getData().setAll(viewModel.languages().stream()
                .map(entry -> new PieChart.Data(entry.label(), entry.value())).toList());
        languageChart.pseudoClassStateChanged(SINGLE_SLICE, languageChart.getData().size() == 1);
        languageChart.setAccessibleText("Languages by lines of code: " + describe(viewModel.languages()));
    }

    private static void showBars(BarChart<String, Number> chart, List<ChartEntry> entries, String title) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        entries.forEach(entry -> series.getData().add(new XYChart.Data<>(entry.label(), entry.value())));
        chart.getData().setAll(List.of(series));
        chart.setAccessibleText(title + ": " + describe(entries));
    }

    private static String describe(List<ChartEntry> entries) {
        return entries.stream().map(entry -> entry.label() + " " + Formats.count(Math.round(entry.value())))
                .collect(Collectors.joining(", "));
    }

    private void bindTables() {
        clearable(functionFilter);
        functionFilter.textProperty().bindBidirectional(viewModel.functionFilterProperty());
        column(functionComplexityColumn, FunctionStats::complexity);
        column(functionNameColumn, FunctionStats::name);
        column(functionPathColumn, FunctionStats::path);
        column(functionLanguageColumn, FunctionStats::language);
        column(functionLinesColumn, function -> function.endLine() - function.startLine() + 1);
        sorted(functionTable, viewModel.functions());
        functionComplexityColumn.setSortType(TableColumn.SortType.DESCENDING);
        functionTable.getSortOrder().setAll(List.of(functionComplexityColumn));
        functionTable.setPlaceholder(new Label("No function matches the filter."));

        clearable(fileFilter);
        fileFilter.textProperty().bindBidirectional(viewModel.fileFilterProperty());
        column(filePathColumn, FileStats::path);
        column(fileLanguageColumn, FileStats::language);
        column(fileCodeColumn, file -> file.lines().code());
        column(fileComplexityColumn, FileStats::complexity);
        column(fileCategoryColumn, file -> file.category().toLowerCase(Locale.ROOT));
        sorted(fileTable, viewModel.files());
        fileTable.setPlaceholder(new Label("No file matches the filter."));
    }

    /** Adds a button that clears the filter, with accessible text, to the end of the field. */
    private static void clearable(CustomTextField field) {
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", "icon-close");
        Button clear = new Button();
        clear.setGraphic(icon);
        clear.getStyleClass().addAll("flat", "small", "button-icon");
        clear.setAccessibleText("Clear the filter");
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        clear.setOnAction(event -> field.clear());
        field.setRight(clear);
    }

    private static <S, T> void column(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private static <S> void sorted(TableView<S> table, ObservableList<S> rows) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<S> sortedRows = new SortedList<>(rows);
        sortedRows.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sortedRows);
    }

    private void bindComparison() {
        compareFromBox.setItems(viewModel.versions());
        compareToBox.setItems(viewModel.versions());
        compareFromBox.valueProperty().bindBidirectional(viewModel.compareFromProperty());
        compareToBox.valueProperty().bindBidirectional(viewModel.compareToProperty());
        comparisonLabel.textProperty().bind(viewModel.comparisonMessageProperty());
        column(comparisonSubjectColumn, ComparisonRow::subject);
        column(comparisonChangeColumn, ComparisonRow::change);
        comparisonTable.setItems(viewModel.comparison());
        comparisonTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        comparisonTable.setPlaceholder(new Label("Choose two versions and press Compare."));
    }

    private void bindCost() {
        CostViewModel cost = viewModel.cost();
        int row = 0;
        for (Input input : Input.values()) {
            Label label = new Label(capitalised(input.label()));
            TextField field = new TextField();
            field.setPrefColumnCount(10);
            field.setAccessibleText(capitalised(input.label()));
            field.textProperty().bindBidirectional(cost.inputProperty(input));
            label.setLabelFor(field);
            costInputs.addRow(row++, label, field);
        }
        costRangeLabel.textProperty().bind(cost.headlineProperty());
        costDetailLabel.textProperty().bind(cost.detailProperty());
        costErrorLabel.textProperty().bind(cost.errorProperty());
        costErrorLabel.visibleProperty().bind(cost.errorProperty().isNotEmpty());
        costErrorLabel.managedProperty().bind(costErrorLabel.visibleProperty());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @FXML
    private void uploadVersion() {
        newVault.open(CodeSourceKind.ARCHIVE);
    }

    @FXML
    private void compare() {
        viewModel.compare();
    }

    @FXML
    private void resetCost() {
        viewModel.cost().reset();
    }

    /** Logs, in benchmark runs, how long after the data's arrival the dashboard was laid out with it. */
    private static final class DashboardTimer implements Runnable {

        private final Scene scene;
        private final long arrivedNanos;

        DashboardTimer(Scene scene, long arrivedNanos) {
            this.scene = scene;
            this.arrivedNanos = arrivedNanos;
        }

        @Override
        public void run() {
            scene.removePostLayoutPulseListener(this);
            org.slf4j.LoggerFactory.getLogger(DashboardController.class).info(
                    "BENCHMARK dashboard-populated-ms={}", (System.nanoTime() - arrivedNanos) / 1_000_000);
            StartupProbe.report("dashboard");
        }
    }
}
