package dev.codevault.desktop.workspace;

import dev.codevault.desktop.auth.Session;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.fx.FxmlViews;
import dev.codevault.desktop.fx.HiddenStyling;
import dev.codevault.desktop.fx.StartupProbe;
import dev.codevault.desktop.fx.View;
import dev.codevault.desktop.fx.ViewPreloader;
import dev.codevault.desktop.signin.SignInController;
import dev.codevault.desktop.vaults.VaultListViewModel;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches the main window's scene between the sign-in screen and the workspace, and returns to the sign-in screen
 * whenever the session ends. Before {@link #attach(Scene)} it does nothing, so view models work without a window.
 */
@Singleton
@Secondary
public class WindowNavigator implements Navigator {

    private static final Logger LOG = LoggerFactory.getLogger(WindowNavigator.class);

    /** Class path of the sign-in screen. */
    public static final String SIGN_IN_VIEW = "/dev/codevault/desktop/signin/SignInView.fxml";

    /** Class path of the workspace. */
    public static final String WORKSPACE_VIEW = "/dev/codevault/desktop/workspace/WorkspaceView.fxml";

    private final FxmlViews views;
    private final Workspace workspace;
    private final VaultListViewModel vaultList;
    private final ErrorPresenter errors;
    private final Session session;
    private final ViewPreloader preloader;
    private Scene scene;
    private StackPane windowRoot;
    private boolean workspaceShown;
    /** Counts the sign-in screens shown, so a workspace built for an earlier one is never shown. */
    private int screen;
    private CompletableFuture<View<WorkspaceController>> styledWorkspace;

    WindowNavigator(FxmlViews views, Workspace workspace, VaultListViewModel vaultList, ErrorPresenter errors,
                    Session session, ViewPreloader preloader) {
        this.views = views;
        this.workspace = workspace;
        this.vaultList = vaultList;
        this.errors = errors;
        this.session = session;
        this.preloader = preloader;
    }

    /** Starts switching the given scene's content, and returns to the sign-in screen whenever the session ends. */
    public void attach(Scene mainScene) {
        scene = mainScene;
        windowRoot = new StackPane();
        scene.setRoot(windowRoot);
        session.onEnd(reason -> Platform.runLater(() -> showSignIn(reason)));
    }

    @Override
    public void showWorkspace() {
        if (scene == null) {
            return;
        }
        errors.reset();
        CompletableFuture<View<WorkspaceController>> ready =
                styledWorkspace != null ? styledWorkspace : styleWorkspace();
        styledWorkspace = null;
        workspaceShown = true;
        int shownFor = screen;
        ready.whenComplete((view, failure) -> Platform.runLater(() -> {
            // The window may have closed while the workspace was styled, and with it the app's bean context.
            boolean windowOpen = scene.getWindow() != null && scene.getWindow().isShowing();
            if (shownFor != screen || !windowOpen) {
                return;
            }
            if (failure != null) {
                LOG.error("Building the workspace failed", failure);
                showSignIn("The workspace could not be opened. Sign in again, and restart CodeVault if it fails "
                        + "again; the log names the cause.");
                return;
            }
            view.root().setVisible(true);
            windowRoot.getChildren().retainAll(view.root());
            view.controller().activate();
            StartupProbe.mark("workspace-shown");
        }));
    }

    /**
     * Starts building the workspace in the background while the sign-in screen shows, and styles it hidden in the
     * window once built.
     */
    public void preloadWorkspace() {
        if (scene != null && !workspaceShown && styledWorkspace == null) {
            styledWorkspace = styleWorkspace();
        }
    }

    private CompletableFuture<View<WorkspaceController>> styleWorkspace() {
        preloader.preload(WORKSPACE_VIEW);
        int styledFor = screen;
        CompletableFuture<View<WorkspaceController>> styled = new CompletableFuture<>();
        preloader.<WorkspaceController>take(WORKSPACE_VIEW).whenComplete((view, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                styled.completeExceptionally(failure);
            } else if (styledFor == screen) {
                try {
                    HiddenStyling.style(windowRoot, view.root()).whenComplete((done, stylingFailure) -> {
                        if (stylingFailure != null) {
                            styled.completeExceptionally(stylingFailure);
                        } else {
                            styled.complete(view);
                        }
                    });
                } catch (RuntimeException e) {
                    styled.completeExceptionally(e);
                }
            }
        }));
        return styled;
    }

    @Override
    public void showSignIn(String reason) {
        if (scene == null) {
            return;
        }
        workspaceShown = false;
        styledWorkspace = null;
        screen++;
        vaultList.clear();
        workspace.select(null);
        errors.reset();
        View<SignInController> signIn = views.loadView(SIGN_IN_VIEW);
        signIn.controller().showEndedReason(reason);
        windowRoot.getChildren().setAll(signIn.root());
        if (!reason.isEmpty()) {
            preloadWorkspace();
        }
    }
}
