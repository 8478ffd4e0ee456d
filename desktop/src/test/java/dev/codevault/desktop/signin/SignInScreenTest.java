package dev.codevault.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.desktop.CodeVaultApp;
import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.fx.FxmlViews;
import dev.codevault.desktop.settings.UserSettings;
import dev.codevault.desktop.testing.BackendProcess;
import dev.codevault.desktop.testing.NoBrowser;
import dev.codevault.desktop.testing.RequiresDisplay;
import dev.codevault.desktop.testing.FxWait;
import dev.codevault.desktop.testing.ShownNodes;
import dev.codevault.desktop.workspace.Page;
import dev.codevault.desktop.workspace.WindowNavigator;
import dev.codevault.desktop.workspace.Workspace;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real app in a window against the real backend, started as a process by the test. */
@Tag("ui")
@ExtendWith(RequiresDisplay.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInScreenTest {

    private static final long WAIT_SECONDS = 20;

    private final FxRobot robot = new FxRobot();
    private BackendProcess backend;
    private Application app;
    private ApplicationContext context;

    @BeforeAll
    void startBackend() throws Exception {
        backend = BackendProcess.start();
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    void stopBackend() throws Exception {
        backend.close();
    }

    @AfterEach
    void closeApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        if (context != null) {
            // Taking the view out of its scene stops the connection checks of its controller.
            FxToolkit.setupFixture(() -> robot.lookup("#emailField").query().getScene().setRoot(new StackPane()));
            context.close();
            context = null;
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void showsSignInScreenConnectedToBackend() throws Exception {
        launch("--server-url=" + backend.url());

        awaitText("#connectionLabel", "Connected to CodeVault");

        assertThat(windowTitle()).isEqualTo(CodeVaultApp.TITLE);
        assertThat(robot.lookup("Sign in").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#connectionIndicator").query().getStyleClass()).contains("state-connected");
        assertThat(robot.lookup("#passcodeButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void showsUnreachableServerWithRetry() throws Exception {
        launch("--server-url=http://127.0.0.1:" + BackendProcess.freePort());

        awaitText("#connectionLabel", "Cannot reach the server");

        assertThat(robot.lookup("#retryLink").query().isVisible()).isTrue();
        assertThat(robot.lookup("#connectionIndicator").query().getStyleClass()).contains("state-unreachable");
    }

    @Test
    void refusesPlainHttpServerAndConnectsToCorrectedAddress() throws Exception {
        launchWithSavedServer("http://codevault.example.com");
        awaitText("#serverUrlErrorLabel", "plain http");
        awaitWorkspaceBehindSignIn();
        assertThat(robot.lookup("#serverEditor").query().isVisible()).isTrue();

        robot.doubleClickOn(shown("#serverUrlField", TextField.class)).eraseText(40).write(backend.url().toString());
        robot.clickOn("Connect");

        awaitText("#connectionLabel", "Connected to CodeVault");
    }

    @Test
    void menuShortcutsDoNothingWhileWorkspaceWaitsBehindSignInScreen() throws Exception {
        launch("--server-url=" + backend.url());
        awaitText("#connectionLabel", "Connected to CodeVault");
        // The workspace is built and styled hidden behind the sign-in screen before anyone signs in.
        FxWait.until(WAIT_SECONDS,
                () -> robot.lookup(".workspace").tryQuery().isPresent());
        Workspace workspace = ((CodeVaultApp) app).context().getBean(Workspace.class);
        robot.clickOn("#emailField");

        robot.push(KeyCode.SHORTCUT, KeyCode.COMMA);
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.getPage()).isEqualTo(Page.WELCOME);
        assertThat(robot.lookup(".workspace").query().isVisible()).isFalse();
        assertThat(robot.lookup("#emailField").query().isVisible()).isTrue();
    }

    @Test
    void connectsWhenEnterIsPressedInServerField() throws Exception {
        launchWithSavedServer("http://codevault.example.com");
        awaitText("#serverUrlErrorLabel", "plain http");
        awaitWorkspaceBehindSignIn();

        robot.doubleClickOn(shown("#serverUrlField", TextField.class)).eraseText(40).write(backend.url().toString());
        robot.type(KeyCode.ENTER);

        awaitText("#connectionLabel", "Connected to CodeVault");
    }

    @Test
    void enterInServerFieldRequestsNoPasscode() throws Exception {
        launchWithSavedServer(backend.url().toString());
        awaitText("#connectionLabel", "Connected to CodeVault");
        robot.clickOn("#emailField").write("enter-" + UUID.randomUUID() + "@example.com");
        FxWait.until(WAIT_SECONDS,
                () -> !robot.lookup("#passcodeButton").query().isDisabled());

        robot.clickOn("#changeServerLink");
        robot.clickOn(shown("#serverUrlField", TextField.class));
        robot.type(KeyCode.ENTER);
        awaitText("#connectionLabel", "Connected to CodeVault");
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        // The test's backend runs without SMTP, so a sent passcode would be announced as printed in its log.
        assertThat(robot.lookup("#signInMessageLabel").queryAs(Label.class).getText()).doesNotContain("in its log");
        assertThat(robot.lookup("#codePane").query().isVisible()).isFalse();
    }

    @Test
    void showsRefusedCommandLineAddressReadOnly() throws Exception {
        launch("--server-url=http://codevault.example.com");

        awaitText("#serverUrlErrorLabel", "plain http");

        assertThat(shown("#serverNoteLabel", Label.class).getText()).startsWith("Set by --server-url");
        assertThat(shown("#serverUrlField", TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#connectButton").query().isVisible()).isFalse();
        assertThat(robot.lookup("#changeServerLink").query().isVisible()).isFalse();
    }

    @Test
    void settingsShowCommandLineAddressReadOnly() throws Exception {
        launch("--server-url=" + backend.url());
        signInWithPasscode("settings-" + UUID.randomUUID() + "@example.com");

        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        awaitText("#serverNoteLabel", "Set by --server-url");

        assertThat(robot.lookup("#serverUrlField").queryAs(TextField.class).getText())
                .isEqualTo(backend.url().toString());
        assertThat(robot.lookup("#serverUrlField").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#changeServerButton").query().isVisible()).isFalse();
    }

    @Test
    void sendsNewPasscodeAfterLastWrongCode() throws Exception {
        launch("--server-url=" + backend.url());
        String email = "retry-" + UUID.randomUUID() + "@example.com";
        awaitText("#connectionLabel", "Connected to CodeVault");
        robot.clickOn("#emailField").write(email);
        robot.clickOn("#passcodeButton");
        awaitText("#signInMessageLabel", "prints a passcode in its log");
        String first = backend.awaitPasscodeFor(email);
        TextField codeField = robot.lookup("#codeField").queryAs(TextField.class);
        Button submit = robot.lookup("#submitCodeButton").queryAs(Button.class);
        robot.clickOn(codeField).write("AAAA-AAAA");
        for (int attempt = 0; attempt < 10 && !codeField.isDisabled(); attempt++) {
            robot.clickOn(submit);
            FxWait.until(WAIT_SECONDS,
                    () -> codeField.isDisabled() || !submit.isDisabled());
        }

        assertThat(codeField.isDisabled()).isTrue();
        assertThat(submit.isVisible()).isFalse();
        awaitText("#signInErrorLabel", "no attempts are left");
        robot.clickOn("#newPasscodeButton");
        awaitText("#signInMessageLabel", "prints a new passcode in its log");
        assertThat(codeField.isFocused()).isTrue();
        robot.write(backend.awaitPasscodeAfter(email, first)).type(KeyCode.ENTER);

        FxWait.until(WAIT_SECONDS,
                () -> robot.lookup(".workspace").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void showsSignInPageWhenNoBrowserOpens() throws Exception {
        openSignInViewWithoutBrowser();
        awaitText("#connectionLabel", "Connected to CodeVault");
        FxWait.until(WAIT_SECONDS,
                () -> !robot.lookup("#passkeyButton").query().isDisabled());

        robot.clickOn("#passkeyButton");
        awaitText("#signInMessageLabel", NoBrowser.REASON + " Open the address of the sign-in page");
        TextField address = robot.lookup("#signInPageField").queryAs(TextField.class);
        robot.clickOn("#copyAddressButton");

        assertThat(address.getText()).startsWith(backend.url() + "/sign-in?redirect_uri=");
        assertThat(address.isEditable()).isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(address.getText());
        assertThat(robot.lookup("#copyAddressButton").queryAs(Button.class).getText()).isEqualTo("Copied");
        robot.clickOn("#cancelBrowserButton");
        assertThat(robot.lookup("#openByHandPane").query().isVisible()).isFalse();
    }

    /**
     * Shows the sign-in screen alone, from a bean context whose browser launcher never opens a browser, connected
     * to the test's backend.
     */
    private void openSignInViewWithoutBrowser() throws Exception {
        Path settings = Files.createTempDirectory("codevault-settings");
        System.setProperty("codevault.settings-dir", settings.toString());
        System.setProperty("codevault.credential-store", "file");
        System.setProperty("codevault.admin-config", settings.resolve("no-admin.properties").toString());
        context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .singletons(new StartupOptions(backend.url().toString(), null), new NoBrowser())
                .start();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(context.getBean(FxmlViews.class).load(WindowNavigator.SIGN_IN_VIEW), 900, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void signInWithPasscode(String email) throws Exception {
        awaitText("#connectionLabel", "Connected to CodeVault");
        robot.clickOn("#emailField").write(email);
        robot.clickOn("#passcodeButton");
        awaitText("#signInMessageLabel", "prints a passcode in its log");
        robot.clickOn("#codeField").write(backend.awaitPasscodeFor(email));
        robot.clickOn("#submitCodeButton");
        FxWait.until(WAIT_SECONDS,
                () -> robot.lookup(".workspace").tryQuery().map(Node::isVisible).orElse(false));
    }

    private void launch(String... arguments) throws Exception {
        launchWith(Files.createTempDirectory("codevault-settings"), arguments);
    }

    /** Opens the app with the server address saved in its settings, which the user may change. */
    private void launchWithSavedServer(String serverUrl) throws Exception {
        Path settings = Files.createTempDirectory("codevault-settings");
        new UserSettings(settings.toString()).put(UserSettings.SERVER_URL, serverUrl);
        launchWith(settings);
    }

    private void launchWith(Path settings, String... arguments) throws Exception {
        System.setProperty("codevault.settings-dir", settings.toString());
        System.setProperty("codevault.credential-store", "file");
        System.setProperty("codevault.admin-config", settings.resolve("no-admin.properties").toString());
        app = FxToolkit.setupApplication(CodeVaultApp.class, arguments);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitText(String query, String expected) throws TimeoutException {
        FxWait.until(WAIT_SECONDS, () -> {
            Node node = robot.lookup(query).match(ShownNodes::isShown).tryQuery().orElse(null);
            return node instanceof Label label && label.getText() != null && label.getText().contains(expected);
        });
    }

    /**
     * Returns the shown node that the query finds. The workspace that waits hidden behind the sign-in screen has a
     * settings page whose server address field and note have the same ids as the sign-in screen's. TestFX finds those
     * first, because the workspace comes first in the window, and takes them for visible (see {@link ShownNodes}).
     */
    private <T extends Node> T shown(String query, Class<T> type) {
        return robot.lookup(query).match(ShownNodes::isShown).queryAs(type);
    }

    /**
     * Waits until the workspace behind the sign-in screen is styled whole, so its settings page with the second
     * server address field is in the window, as it is soon after every start.
     */
    private void awaitWorkspaceBehindSignIn() throws TimeoutException {
        FxWait.until(WAIT_SECONDS,
                () -> robot.lookup("#serverUrlField").queryAll().size() == 2);
    }

    private String windowTitle() {
        return robot.listTargetWindows().stream()
                .filter(Window::isShowing)
                .filter(Stage.class::isInstance)
                .map(window -> ((Stage) window).getTitle())
                .findFirst()
                .orElse("");
    }
}
