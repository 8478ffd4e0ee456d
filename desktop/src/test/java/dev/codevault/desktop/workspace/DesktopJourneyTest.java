package dev.codevault.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codevault.common.project.NameRequest;
import dev.codevault.common.report.AnalysisDetails;
import dev.codevault.common.report.AnalysisReport;
import dev.codevault.common.report.VersionComparison;
import dev.codevault.desktop.CodeVaultApp;
import dev.codevault.common.report.CostStats;
import dev.codevault.desktop.dashboard.CostCalculator;
import dev.codevault.desktop.dashboard.CostViewModel;
import dev.codevault.desktop.dashboard.DashboardViewModel;
import dev.codevault.desktop.dashboard.Formats;
import dev.codevault.desktop.settings.ThemeMode;
import dev.codevault.desktop.settings.UserSettings;
import dev.codevault.desktop.settings.WindowPlacement;
import dev.codevault.desktop.testing.BackendProcess;
import dev.codevault.desktop.testing.RecordingExit;
import dev.codevault.desktop.testing.RequiresDisplay;
import dev.codevault.desktop.testing.FxWait;
import dev.codevault.desktop.testing.Screenshots;
import dev.codevault.desktop.testing.ShownNodes;
import dev.codevault.desktop.testing.SourceArchives;
import dev.codevault.desktop.testing.TestMailServer;
import dev.codevault.desktop.vaults.ProjectClient;
import dev.codevault.desktop.vaults.VaultClient;
import dev.codevault.desktop.vaults.VaultItem;
import dev.codevault.desktop.vaults.VaultListViewModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToDoubleFunction;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main job through the real window against the real backend, started as a process with its mail going to
 * GreenMail: sign in with the mailed passcode, drop a real source archive onto the window, watch the vault become
 * ready, read the dashboard and compare it with the API, see Ada's not-configured state, and see the server's answer
 * to a git vault. Each step saves screenshots in the light and the dark theme. The steps build on each other, so
 * they run in order on one app.
 */
@Tag("ui")
@ExtendWith(RequiresDisplay.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesktopJourneyTest {

    private static final long WAIT_SECONDS = 30;
    private static final long ANALYSIS_SECONDS = 180;
    /**
     * Height that a window manager's title bar and frame may take from the window's minimum height, which includes
     * them. Xvfb draws none, so the minimum-size test checks that Ada's panel could give up this much.
     */
    private static final double TITLE_BAR_ALLOWANCE = 60;
    /** A large window: the app's default size, at which the screenshots are taken. */
    private static final Dimension2D LARGE_WINDOW = new Dimension2D(1440, 900);
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private final FxRobot robot = new FxRobot();
    private final String email = "journey-" + UUID.randomUUID() + "@example.com";
    private TestMailServer mail;
    private BackendProcess backend;
    private CodeVaultApp app;
    private Screenshots screenshots;
    private Path workFolder;

    @BeforeAll
    void start() throws Exception {
        mail = TestMailServer.start();
        backend = BackendProcess.start(mail.backendArguments());
        workFolder = Files.createTempDirectory("codevault-journey");
        System.setProperty("codevault.settings-dir", workFolder.resolve("settings").toString());
        System.setProperty("codevault.credential-store", "file");
        System.setProperty("codevault.admin-config", workFolder.resolve("no-admin.properties").toString());
        FxToolkit.registerPrimaryStage();
        // The app's quits then count exits instead of ending JavaFX, which the steps after them still need.
        System.setProperty(RecordingExit.PROPERTY, "true");
        try {
            app = (CodeVaultApp) FxToolkit.setupApplication(CodeVaultApp.class, "--server-url=" + backend.url());
        } finally {
            System.clearProperty(RecordingExit.PROPERTY);
        }
        screenshots = new Screenshots(app.context().getBean(ThemeService.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        backend.close();
        mail.close();
    }

    @Test
    @Order(1)
    void signsInWithMailedPasscode() throws Exception {
        awaitLabel("#connectionLabel", "Connected to CodeVault");
        screenshots.save(scene(), "sign-in");

        robot.clickOn("#emailField").write(email);
        robot.clickOn("#passcodeButton");
        awaitLabel("#signInMessageLabel", "passcode is on its way");
        robot.clickOn("#codeField").write(mail.awaitPasscodeFor(email));
        robot.clickOn("#submitCodeButton");

        await(() -> robot.lookup(".workspace").tryQuery().map(Node::isVisible).orElse(false));
        awaitLabel("#statusLine", "Connected to CodeVault");
        assertThat(robot.lookup("#emptyLabel").queryAs(Label.class).getText()).contains("No vaults yet");
        screenshots.save(scene(), "welcome");
    }

    @Test
    @Order(2)
    void createsVaultFromDroppedArchive() throws Exception {
        Path archive = SourceArchives.zip(workFolder.resolve("codevault-common.zip"), REPOSITORY,
                List.of("common/src/main/java"));

        dropOntoWindow(archive);
        awaitLabel("#archiveSummaryLabel", "codevault-common.zip");
        screenshots.save(scene(), "new-vault-archive");
        robot.clickOn("#submitButton");

        awaitStatus("Ready", ANALYSIS_SECONDS);
        await(() -> robot.lookup("#card-lines-of-code").tryQuery().isPresent());
    }

    @Test
    @Order(3)
    void dashboardMatchesApi() throws Exception {
        VaultItem vault = selectedVault();
        AnalysisReport report = api().getReport(vault.id(), 1);
        AnalysisDetails details = api().getDetails(vault.id(), 1);

        assertThat(labelText("#card-lines-of-code")).isEqualTo(Formats.count(report.totals().lines().code()));
        assertThat(labelText("#card-files")).isEqualTo(Formats.count(report.totals().files()));
        assertThat(labelText("#card-languages")).isEqualTo(Formats.count(report.languages().size()));
        assertThat(labelText("#card-complexity")).isEqualTo(Formats.count(report.totals().complexity()));
        assertThat(labelText("#card-contributors")).isEqualTo("Not analysed yet");
        assertThat(labelText("#card-security-issues")).isEqualTo("Not analysed yet");
        assertThat(labelText("#card-cost")).isEqualTo(Formats.money(report.cost().low().cost(),
                report.cost().inputs().currency()) + " - " + Formats.money(report.cost().high().cost(),
                report.cost().inputs().currency()));
        CostStats recomputed = CostCalculator.estimate(report.cost().sourceLinesOfCode(), report.cost().inputs());
        assertThat(recomputed.low().cost()).isCloseTo(report.cost().low().cost(), within(0.01));
        assertThat(recomputed.high().cost()).isCloseTo(report.cost().high().cost(), within(0.01));
        screenshots.save(scene(), "dashboard");

        robot.clickOn("#functionsTab");
        assertThat(robot.lookup("#functionTable").queryAs(TableView.class).getItems())
                .hasSize(details.mostComplexFunctions().size());
        screenshots.save(scene(), "dashboard-functions");
        robot.clickOn("#filesTab");
        assertThat(robot.lookup("#fileTable").queryAs(TableView.class).getItems()).hasSize(details.files().size());
    }

    @Test
    @Order(4)
    void singleLanguagePieHasNoStrayLine() throws Exception {
        robot.clickOn("#overviewTab");
        PieChart chart = robot.lookup("#languageChart").queryAs(PieChart.class);
        ThemeService themes = app.context().getBean(ThemeService.class);
        assertThat(chart.getData()).hasSize(1);

        try {
            for (ThemeMode mode : List.of(ThemeMode.LIGHT, ThemeMode.DARK)) {
                Screenshots.onFx(() -> themes.apply(mode));
                List<String> line = WaitForAsyncUtils.asyncFx(() -> pixelsAcrossStartRadius(chart)).get();

                assertThat(line).as("pixels of a line on the only slice's start radius, " + mode + " theme").isEmpty();
            }
        } finally {
            Screenshots.onFx(() -> themes.apply(ThemeMode.LIGHT));
        }
    }

    @Test
    @Order(5)
    void adaPanelShowsNotConfigured() throws Exception {
        awaitLabel("#stateLabel", "not configured");

        assertThat(labelText("#stateLabel")).contains("CODEVAULT_ADA_BASE_URL", "CODEVAULT_ADA_API_KEY",
                "CODEVAULT_ADA_MODEL");
        assertThat(robot.lookup("#askButton").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#questionField").query().isDisabled()).isTrue();
    }

    @Test
    @Order(6)
    void minimumWindowShowsBadgesAndAda() throws Exception {
        atWindowSize(Stage::getMinWidth, Stage::getMinHeight, window -> {
            List<String> clippedBadges = clippedBadges();
            List<String> clippedAda = clippedAdaParts();
            double adaSpareHeight = WaitForAsyncUtils.asyncFx(() -> {
                Region panel = robot.lookup(".ada-panel").queryAs(Region.class);
                return panel.getHeight() - panel.minHeight(panel.getWidth());
            }).get();

            if (!clippedBadges.isEmpty() || !clippedAda.isEmpty() || adaSpareHeight < TITLE_BAR_ALLOWANCE) {
                screenshots.save(scene(), "failed-minimum-window");
            }
            assertThat(window.getWidth()).isEqualTo(window.getMinWidth());
            assertThat(window.getHeight()).isEqualTo(window.getMinHeight());
            assertThat(clippedBadges).as("badges cut off at the minimum window size").isEmpty();
            assertThat(clippedBadgesWithProjectName("P".repeat(NameRequest.MAX_LENGTH)))
                    .as("badges cut off beside a project name of the longest size").isEmpty();
            assertThat(clippedAda).as("parts of Ada's panel cut off at the minimum window size").isEmpty();
            assertThat(adaSpareHeight).as("height Ada's panel can still give up to a title bar")
                    .isGreaterThanOrEqualTo(TITLE_BAR_ALLOWANCE);
        });
    }

    @Test
    @Order(7)
    void overviewCardsWrapAtAnyWindowSize() throws Exception {
        ThemeService themes = app.context().getBean(ThemeService.class);
        List<String> cut = new ArrayList<>();

        try {
            for (ThemeMode mode : List.of(ThemeMode.LIGHT, ThemeMode.DARK)) {
                Screenshots.onFx(() -> themes.apply(mode));
                atWindowSize(Stage::getMinWidth, Stage::getMinHeight,
                        window -> cut.addAll(cutOverviewCards("minimum window, " + mode + " theme")));
                atWindowSize(stage -> LARGE_WINDOW.getWidth(), stage -> LARGE_WINDOW.getHeight(),
                        window -> cut.addAll(cutOverviewCards("large window, " + mode + " theme")));
            }
            // The largest inputs the cost tab accepts make the longest card value.
            CostViewModel cost = dashboard().cost();
            Screenshots.onFx(() -> {
                cost.inputProperty(CostViewModel.Input.ANNUAL_SALARY).set("1000000000");
                cost.inputProperty(CostViewModel.Input.OVERHEAD).set("100");
                cost.inputProperty(CostViewModel.Input.HIGH_FACTOR).set("100");
                cost.inputProperty(CostViewModel.Input.EFFORT_COEFFICIENT).set("10");
                cost.inputProperty(CostViewModel.Input.EFFORT_EXPONENT).set("10");
            });
            atWindowSize(Stage::getMinWidth, Stage::getMinHeight,
                    window -> cut.addAll(cutOverviewCards("minimum window, largest cost inputs")));
        } finally {
            Screenshots.onFx(() -> {
                themes.apply(ThemeMode.LIGHT);
                dashboard().cost().reset();
            });
        }

        assertThat(cut).as("overview cards cut off or squeezed").isEmpty();
    }

    @Test
    @Order(8)
    void menuHasNoLightFrameInDarkTheme() throws Exception {
        ThemeService themes = app.context().getBean(ThemeService.class);
        Screenshots.onFx(() -> themes.apply(ThemeMode.DARK));
        try {
            robot.clickOn("Help");
            await(() -> shownPopup().isPresent());
            Window menu = shownPopup().orElseThrow();
            // The X server shows the popup after JavaFX has rendered it, and JavaFX sends no event when that is done.
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            Image picture = robot.capture(new Rectangle2D(menu.getX(), menu.getY(), menu.getWidth(),
                    menu.getHeight())).getImage();

            List<String> lightEdge = lightEdgePixels(picture);
            if (!lightEdge.isEmpty()) {
                screenshots.saveImage(picture, "failed-help-menu-dark.png");
            }
            assertThat(lightEdge).as("light pixels on the edge of the Help menu in the dark theme").isEmpty();
        } finally {
            robot.type(KeyCode.ESCAPE);
            Screenshots.onFx(() -> themes.apply(ThemeMode.LIGHT));
        }
    }

    @Test
    @Order(9)
    void comparesTwoUploadedVersions() throws Exception {
        VaultItem vault = selectedVault();
        Path second = SourceArchives.zip(workFolder.resolve("codevault-common-2.zip"), REPOSITORY,
                List.of("common/src/main/java", "desktop/src/main/java/dev/codevault/desktop/dashboard"));

        dropOntoWindow(second);
        awaitLabel("#archiveSummaryLabel", "codevault-common-2.zip");
        robot.clickOn("#submitButton");
        await(() -> Integer.valueOf(2).equals(vault.getLatestVersion()), ANALYSIS_SECONDS);
        await(() -> dashboard().compareToProperty().get() != null
                && dashboard().compareToProperty().get().number() == 2);
        robot.clickOn("#compareTab");
        robot.clickOn("#compareButton");

        VersionComparison comparison = api().compareVersions(vault.id(), 1, 2);
        awaitLabel("#comparisonLabel", "Changes from version 1 to version 2");
        assertThat(rowTexts("#comparisonTable")).contains("Code lines " + Formats.change(comparison.totals().code()));
        screenshots.save(scene(), "compare");
    }

    @Test
    @Order(10)
    void recomputesCostFromEditedSalary() throws Exception {
        robot.clickOn("#costTab");
        String before = labelText("#costRangeLabel");

        robot.doubleClickOn(robot.lookup(".text-field").match(node -> "Annual salary".equals(
                node.getAccessibleText())).queryAs(TextField.class));
        robot.eraseText(20).write("1");

        String expected = costRangeWithSalaryOne(api().getReport(selectedVault().id(), 2).cost());
        await(() -> labelText("#costRangeLabel").equals(expected));
        assertThat(expected).isNotEqualTo(before);
        robot.eraseText(1).write("X");
        awaitLabel("#costErrorLabel", "annual salary");
        robot.eraseText(1);
        robot.clickOn("Reset to the Server's Inputs");
        awaitLabel("#costRangeLabel", before);
        screenshots.save(scene(), "cost");
    }

    @Test
    @Order(11)
    void costResetReachableAtMinimumWindow() throws Exception {
        robot.clickOn("#costTab");
        CostViewModel cost = dashboard().cost();
        String serverSalary = cost.inputProperty(CostViewModel.Input.ANNUAL_SALARY).get();
        Screenshots.onFx(() -> cost.inputProperty(CostViewModel.Input.ANNUAL_SALARY).set("1"));

        atWindowSize(Stage::getMinWidth, Stage::getMinHeight, window -> {
            Button reset = robot.lookup("#resetCostButton").queryAs(Button.class);
            ScrollPane costPage = enclosingScrollPane(reset);
            Screenshots.onFx(() -> scrollTo(costPage, reset));
            boolean resetInView = WaitForAsyncUtils.asyncFx(() -> contains(
                    intersection(boundsInScene(costPage.lookup(".viewport")), sceneBounds()),
                    boundsInScene(reset))).get();
            if (!resetInView) {
                screenshots.save(scene(), "failed-cost-reset");
            }
            assertThat(resetInView).as("the reset button scrolled into view at the minimum window size").isTrue();
            robot.clickOn(reset);
        });

        assertThat(cost.inputProperty(CostViewModel.Input.ANNUAL_SALARY).get()).isEqualTo(serverSalary);
    }

    @Test
    @Order(12)
    void gitFormValidatesAndShowsServerAnswer() throws Exception {
        robot.clickOn("#vaultNameLabel");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);

        robot.clickOn("#urlField").write("http://git.example.com/acme/app.git");
        awaitLabel("#urlErrorLabel", "https");
        assertThat(robot.lookup("#submitButton").query().isDisabled()).isTrue();
        robot.clickOn("#usernameField").write("ci-bot");
        awaitLabel("#tokenErrorLabel", "token");
        screenshots.save(scene(), "new-vault-git");

        robot.doubleClickOn("#urlField").eraseText(60).write("https://127.0.0.1/acme/app.git");
        robot.clickOn("#tokenField").write("not-a-real-token");
        robot.clickOn("#nameField").write("acme-app");
        await(() -> !robot.lookup("#submitButton").query().isDisabled());
        robot.clickOn("#submitButton");

        awaitLabel("#errorTitle", "Creating the vault acme-app failed.");
        assertThat(labelText("#errorDetail")).isNotBlank();
        assertThat(labelText("#errorDetail")).doesNotContain("not-a-real-token");
    }

    @Test
    @Order(13)
    void settingsListThisSession() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);

        awaitLabel("#accountLabel", email);
        assertThat(robot.lookup("#errorBanner").query().isVisible())
                .as("the error of the git form stays with the form").isFalse();
        await(() -> rowTexts("#sessionTable").stream().anyMatch(row -> row.contains("(this app)")));
        assertThat(rowTexts("#sessionTable")).anyMatch(row -> row.startsWith("CodeVault Desktop/"));
        screenshots.save(scene(), "settings");
    }

    @Test
    @Order(14)
    void iconOnlyButtonsHaveAccessibleText() {
        List<String> unnamed = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText() == null || button.getText().strip().length() <= 2)
                .filter(button -> button.getAccessibleText() == null || button.getAccessibleText().isBlank())
                .map(button -> button.getText() + " " + button.getId())
                .toList();

        assertThat(unnamed).isEmpty();
    }

    @Test
    @Order(15)
    void showsOfflineStateWithRetry() throws Exception {
        backend.close();
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);

        awaitLabel("#offlineLabel", "Offline. Cannot reach the server");
        await(() -> !app.context().getBean(VaultListViewModel.class).isLoading());
        assertThat(robot.lookup("#retryButton").query().isVisible()).isTrue();
        assertThat(robot.lookup("#errorBanner").query().isVisible())
                .as("the offline banner alone says that the server cannot be reached").isFalse();
        screenshots.save(scene(), "offline");
    }

    @Test
    @Order(16)
    void quitFromMenuSavesWindowPlace() throws Exception {
        String expected = moveWindow(new Rectangle2D(40, 30, 1300, 850));

        robot.clickOn("File");
        robot.clickOn("Quit");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.context().getBean(RecordingExit.class).exits()).isEqualTo(1);
        assertThat(savedWindowPlace()).hasValue(expected);
    }

    @Test
    @Order(17)
    void quitShortcutSavesWindowPlace() throws Exception {
        String expected = moveWindow(new Rectangle2D(60, 50, 1200, 800));

        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.context().getBean(RecordingExit.class).exits()).isEqualTo(2);
        assertThat(savedWindowPlace()).hasValue(expected);
    }

    @Test
    @Order(18)
    void remembersWindowPlaceAtClose() throws Exception {
        // Another place than the quit steps saved, so only saving at the close can pass.
        String expected = moveWindow(new Rectangle2D(20, 40, 1280, 820));

        FxToolkit.cleanupApplication(app);
        app = null;

        assertThat(savedWindowPlace()).hasValue(expected);
    }

    /** Moves and resizes the window, and returns its place as the settings save it. */
    private String moveWindow(Rectangle2D place) throws Exception {
        Stage window = (Stage) scene().getWindow();
        Screenshots.onFx(() -> {
            window.setX(place.getMinX());
            window.setY(place.getMinY());
            window.setWidth(place.getWidth());
            window.setHeight(place.getHeight());
        });
        return new WindowPlacement(window.getX(), window.getY(), window.getWidth(), window.getHeight(),
                window.isMaximized()).format();
    }

    private Optional<String> savedWindowPlace() {
        return new UserSettings(workFolder.resolve("settings").toString()).get(UserSettings.WINDOW_BOUNDS);
    }

    /**
     * Resizes the window, runs the checks, then gives the window back its size and the split pane its dividers, which
     * shrinking moved to keep each pane at its minimum width.
     */
    private void atWindowSize(ToDoubleFunction<Stage> width, ToDoubleFunction<Stage> height, WindowCheck check)
            throws Exception {
        Stage window = (Stage) scene().getWindow();
        double widthBefore = window.getWidth();
        double heightBefore = window.getHeight();
        SplitPane split = robot.lookup("#split").queryAs(SplitPane.class);
        double[] dividers = split.getDividerPositions();

        Screenshots.onFx(() -> {
            window.setWidth(width.applyAsDouble(window));
            window.setHeight(height.applyAsDouble(window));
        });
        try {
            check.run(window);
        } finally {
            Screenshots.onFx(() -> {
                window.setWidth(widthBefore);
                window.setHeight(heightBefore);
            });
            Screenshots.onFx(() -> split.setDividerPositions(dividers));
        }
    }

    /** Checks made while the window has a given size. */
    @FunctionalInterface
    private interface WindowCheck {

        void run(Stage window) throws Exception;
    }

    /**
     * Scrolls the overview to each card in turn and describes each card that does not lie whole inside the overview's
     * visible area, or whose title, value or caption gets less room than its text needs. When a card is cut off, it
     * saves a screenshot of the window.
     */
    private List<String> cutOverviewCards(String context) throws Exception {
        ScrollPane overview = enclosingScrollPane(robot.lookup("#cardPane").query());
        List<Region> cards = robot.lookup("#cardPane").queryAs(Pane.class).getChildren().stream()
                .map(Region.class::cast)
                .toList();
        assertThat(cards).as("overview cards").hasSize(8);
        List<String> cut = new ArrayList<>();
        for (Region card : cards) {
            Screenshots.onFx(() -> scrollTo(overview, card));
            cut.addAll(WaitForAsyncUtils.asyncFx(() -> cardProblems(overview, card, context)).get());
        }
        if (!cut.isEmpty()) {
            screenshots.save(scene(), "failed-overview-cards");
        }
        Screenshots.onFx(() -> overview.setVvalue(overview.getVmin()));
        return cut;
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current instanceof ScrollPane scrollPane) {
                return scrollPane;
            }
        }
        throw new AssertionError(node + " is not inside a scroll pane");
    }

    /** Scrolls the scroll pane so the node's top shows at the top of its viewport, or as far as the pane scrolls. */
    private static void scrollTo(ScrollPane scrollPane, Node node) {
        scrollPane.layout();
        Bounds inContent = scrollPane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double scrollable = scrollPane.getContent().getLayoutBounds().getHeight()
                - scrollPane.getViewportBounds().getHeight();
        double share = scrollable <= 0 ? 0 : Math.min(1, inContent.getMinY() / scrollable);
        scrollPane.setVvalue(scrollPane.getVmin() + share * (scrollPane.getVmax() - scrollPane.getVmin()));
        scrollPane.layout();
    }

    /** Describes how the card is cut off, or returns an empty list. Call it on the JavaFX thread. */
    private List<String> cardProblems(ScrollPane overview, Region card, String context) {
        Bounds visible = intersection(boundsInScene(overview.lookup(".viewport")), sceneBounds());
        Bounds bounds = boundsInScene(card);
        String name = card.getAccessibleText() + " (" + context + ")";
        List<String> problems = new ArrayList<>();
        if (!contains(visible, bounds)) {
            problems.add(name + ": at " + bounds + ", outside the visible " + visible);
        }
        if (card.getHeight() < card.prefHeight(card.getWidth()) - 0.5) {
            problems.add(name + ": " + card.getHeight() + " high, needs " + card.prefHeight(card.getWidth()));
        }
        for (Node child : card.getChildrenUnmodifiable()) {
            if (child instanceof Label label && isCut(label)) {
                problems.add(name + ": '" + label.getText() + "' gets " + label.getWidth() + "x" + label.getHeight()
                        + ", needs " + label.prefWidth(-1) + " wide or " + label.prefHeight(label.getWidth())
                        + " high");
            }
        }
        return problems;
    }

    /** Returns whether a label shows less than its whole text: too narrow for one line or too low for its lines. */
    private static boolean isCut(Label label) {
        if (label.isWrapText()) {
            return label.getHeight() < label.prefHeight(label.getWidth()) - 0.5;
        }
        return label.getWidth() < label.prefWidth(-1) - 0.5;
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        double tolerance = 0.5;
        return inner.getMinX() >= outer.getMinX() - tolerance && inner.getMaxX() <= outer.getMaxX() + tolerance
                && inner.getMinY() >= outer.getMinY() - tolerance && inner.getMaxY() <= outer.getMaxY() + tolerance;
    }

    private static Bounds intersection(Bounds first, Bounds second) {
        double minX = Math.max(first.getMinX(), second.getMinX());
        double minY = Math.max(first.getMinY(), second.getMinY());
        double maxX = Math.min(first.getMaxX(), second.getMaxX());
        double maxY = Math.min(first.getMaxY(), second.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    /**
     * Lists the pixels along the first slice's start radius, the line from the centre to the right edge, whose colour
     * differs from the slice's colour eight pixels above. Call it on the JavaFX thread.
     */
    private static List<String> pixelsAcrossStartRadius(PieChart chart) {
        Region slice = (Region) chart.getData().get(0).getNode();
        double radius = ((Arc) slice.getShape()).getRadiusX();
        Point2D centre = slice.localToScene(0, 0);
        PixelReader pixels = slice.getScene().snapshot(null).getPixelReader();
        int centreX = (int) Math.round(centre.getX());
        int centreY = (int) Math.round(centre.getY());
        List<String> differing = new ArrayList<>();
        for (int x = centreX + 8; x < centreX + radius - 8; x++) {
            Color above = pixels.getColor(x, centreY - 8);
            for (int y = centreY - 1; y <= centreY + 1; y++) {
                Color onRadius = pixels.getColor(x, y);
                if (largestChannelDifference(onRadius, above) > 0.15) {
                    differing.add(x + "," + y + " " + onRadius + " against " + above);
                }
            }
        }
        return differing;
    }

    private static double largestChannelDifference(Color first, Color second) {
        double red = Math.abs(first.getRed() - second.getRed());
        double green = Math.abs(first.getGreen() - second.getGreen());
        double blue = Math.abs(first.getBlue() - second.getBlue());
        return Math.max(red, Math.max(green, blue));
    }

    private Optional<Window> shownPopup() {
        return robot.listTargetWindows().stream()
                .filter(window -> window instanceof ContextMenu && window.isShowing())
                .findFirst();
    }

    /** Lists the pixels of the picture's outermost ring whose brightness is above one half. */
    private static List<String> lightEdgePixels(Image picture) {
        PixelReader pixels = picture.getPixelReader();
        int width = (int) picture.getWidth();
        int height = (int) picture.getHeight();
        List<String> light = new ArrayList<>();
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                boolean edge = x == 0 || y == 0 || x == width - 1 || y == height - 1;
                if (edge && pixels.getColor(x, y).getBrightness() > 0.5) {
                    light.add(x + "," + y + " " + pixels.getColor(x, y));
                }
            }
        }
        return light;
    }

    /** Describes each status badge that does not lie whole inside the part of the window that shows it. */
    /** Renames the selected vault's project for a moment and returns the badges cut off meanwhile. */
    private List<String> clippedBadgesWithProjectName(String name) throws Exception {
        ProjectClient projects = app.context().getBean(ProjectClient.class);
        UUID projectId = selectedVault().projectId();
        String before = projects.renameProject(projectId, new NameRequest(name)).name();
        try {
            Screenshots.onFx(() -> app.context().getBean(VaultListViewModel.class).refresh());
            VaultListViewModel vaultList = app.context().getBean(VaultListViewModel.class);
            await(() -> vaultList.groups().stream().anyMatch(group -> name.equals(group.project().name())));
            WaitForAsyncUtils.waitForFxEvents();
            return clippedBadges();
        } finally {
            projects.renameProject(projectId, new NameRequest(before));
            Screenshots.onFx(() -> app.context().getBean(VaultListViewModel.class).refresh());
        }
    }

    private List<String> clippedBadges() {
        Bounds window = sceneBounds();
        Node tree = robot.lookup("#tree").query();
        Node page = robot.lookup("#pageArea").query();
        return robot.lookup(".badge").queryAllAs(Label.class).stream()
                .filter(ShownNodes::isShown)
                .filter(badge -> {
                    Bounds area = boundsInScene(isInside(badge, tree) ? tree : page);
                    Bounds bounds = boundsInScene(badge);
                    boolean textCut = badge.getWidth() < badge.prefWidth(-1) - 0.5;
                    return textCut || !window.contains(bounds) || !area.contains(bounds);
                })
                .map(badge -> "'" + badge.getText() + "' at " + boundsInScene(badge))
                .toList();
    }

    /** Describes Ada's panel if it leaves the window, and each visible part of it that leaves the panel. */
    private List<String> clippedAdaParts() {
        Region panel = robot.lookup(".ada-panel").queryAs(Region.class);
        Bounds window = sceneBounds();
        Bounds panelBounds = boundsInScene(panel);
        List<Node> parts = new ArrayList<>(panel.getChildrenUnmodifiable());
        parts.addAll(robot.lookup(".suggestion").queryAll());
        List<String> clipped = new ArrayList<>();
        if (!window.contains(panelBounds)) {
            clipped.add("the panel at " + panelBounds);
        }
        parts.stream()
                .filter(ShownNodes::isShown)
                .filter(part -> !panelBounds.contains(boundsInScene(part)))
                .forEach(part -> clipped.add(part + " at " + boundsInScene(part)));
        return clipped;
    }

    private Bounds sceneBounds() {
        return new BoundingBox(0, 0, scene().getWidth(), scene().getHeight());
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Bounds boundsInScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private void dropOntoWindow(Path file) throws TimeoutException {
        Stage source = dragSource(file);
        Node target = robot.lookup("#pageArea").query();
        robot.drag(source.getScene().getRoot()).dropTo(target);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.onFx(() -> {
            source.close();
            ((Stage) scene().getWindow()).requestFocus();
        });
    }

    /** Opens a small window whose label starts a drag of the file, as a file manager would. */
    private Stage dragSource(Path file) throws TimeoutException {
        Stage[] stage = new Stage[1];
        Screenshots.onFx(() -> {
            Label label = new Label("Drag " + file.getFileName());
            label.setPrefSize(200, 80);
            label.setOnDragDetected(event -> {
                Dragboard board = label.startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putFiles(List.of(new File(file.toString())));
                board.setContent(content);
                event.consume();
            });
            stage[0] = new Stage();
            stage[0].setScene(new Scene(label));
            stage[0].setX(20);
            stage[0].setY(20);
            stage[0].show();
        });
        return stage[0];
    }

    private VaultItem selectedVault() {
        return app.context().getBean(Workspace.class).getSelectedVault();
    }

    /** Returns the range the cost tab shows for the server's inputs with an annual salary of 1. */
    private static String costRangeWithSalaryOne(CostStats server) {
        CostStats.Inputs inputs = server.inputs();
        CostStats edited = CostCalculator.estimate(server.sourceLinesOfCode(), new CostStats.Inputs(inputs.model(),
                inputs.effortCoefficient(), inputs.effortExponent(), inputs.scheduleCoefficient(),
                inputs.scheduleExponent(), 1, inputs.overheadMultiplier(), inputs.currency(), inputs.lowFactor(),
                inputs.highFactor()));
        String currency = inputs.currency();
        return Formats.money(edited.low().cost(), currency) + " to " + Formats.money(edited.high().cost(), currency)
                + ", expected " + Formats.money(edited.expected().cost(), currency);
    }

    private DashboardViewModel dashboard() {
        return app.context().getBean(DashboardViewModel.class);
    }

    private VaultClient api() {
        return app.context().getBean(VaultClient.class);
    }

    private Scene scene() {
        return robot.listTargetWindows().stream()
                .filter(Window::isShowing)
                .filter(Stage.class::isInstance)
                .filter(window -> CodeVaultApp.TITLE.equals(((Stage) window).getTitle()))
                .findFirst()
                .map(Window::getScene)
                .orElseThrow();
    }

    private String labelText(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private List<String> rowTexts(String query) {
        TableView<?> table = robot.lookup(query).queryAs(TableView.class);
        return table.getItems().stream().map(row -> {
            StringBuilder text = new StringBuilder();
            table.getColumns().forEach(column -> text.append(text.length() == 0 ? "" : " ")
                    .append(column.getCellData(table.getItems().indexOf(row))));
            return text.toString();
        }).toList();
    }

    private void awaitStatus(String status, long seconds) throws TimeoutException {
        await(() -> robot.lookup(".badge").queryAll().stream()
                .anyMatch(node -> node instanceof Label label && status.equals(label.getText())), seconds);
    }

    private void awaitLabel(String query, String expected) throws TimeoutException {
        try {
            await(() -> {
                Node node = robot.lookup(query).tryQuery().orElse(null);
                return node instanceof Label label && label.getText() != null && label.getText().contains(expected);
            });
        } catch (TimeoutException e) {
            String actual = robot.lookup(query).tryQuery().map(node -> node instanceof Label label ? label.getText()
                    : node.toString()).orElse("(no such node)");
            screenshots.save(scene(), "failed-" + query.replace("#", ""));
            throw new AssertionError(query + " did not come to contain '" + expected + "'; it reads '" + actual
                    + "'. The window is in failed-" + query.replace("#", "") + "-light.png.", e);
        }
    }

    private static void await(Callable<Boolean> condition) throws TimeoutException {
        await(condition, WAIT_SECONDS);
    }

    private static void await(Callable<Boolean> condition, long seconds)
            throws TimeoutException {
        FxWait.until(seconds, condition);
    }
}
