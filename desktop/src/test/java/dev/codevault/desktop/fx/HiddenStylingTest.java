package dev.codevault.desktop.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codevault.desktop.testing.RequiresDisplay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;

@Tag("ui")
@ExtendWith(RequiresDisplay.class)
class HiddenStylingTest {

    private Stage stage;
    private StackPane windowRoot;
    private Label signIn;

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            signIn = new Label("Sign in");
            windowRoot = new StackPane(signIn);
            stage.setScene(new Scene(windowRoot, 800, 600));
            stage.show();
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void restoresEveryPartStyled() throws Exception {
        Parent view = onFxThread(HiddenStylingTest::largeView);
        String before = onFxThread(() -> describe(view));

        onFxThread(() -> HiddenStyling.style(windowRoot, view)).get(20, TimeUnit.SECONDS);

        onFxThread(() -> {
            assertThat(describe(view)).isEqualTo(before);
            assertThat(windowRoot.getChildren()).containsExactly(view, signIn);
            assertThat(view.isVisible()).isFalse();
            // Laying out snaps the dividers to whole pixels. Taking items out would put them back to 0.5.
            assertThat(((SplitPane) view.lookup("#split")).getDividerPositions())
                    .containsExactly(new double[] {0.2, 0.75}, within(0.01));
            List<Label> labels = new ArrayList<>();
            collectLabels(view, labels);
            assertThat(labels).hasSizeGreaterThan(150);
            assertThat(labels).allSatisfy(label -> assertThat(label.getSkin())
                    .as("skin of %s", label.getText()).isNotNull());
            // Tabs and menus come back in their places, each with its header or button.
            assertThat(view.lookupAll(".tab-pane .tab")).hasSize(3);
            assertThat(view.lookupAll(".menu-bar .menu")).hasSize(4);
            return null;
        });
    }

    @Test
    void splitsLargeViewsOverSeveralFrames() throws Exception {
        Parent view = onFxThread(HiddenStylingTest::largeView);
        AtomicInteger pulses = new AtomicInteger();
        onFxThread(() -> {
            windowRoot.getScene().addPostLayoutPulseListener(pulses::incrementAndGet);
            return null;
        });

        onFxThread(() -> HiddenStyling.style(windowRoot, view)).get(20, TimeUnit.SECONDS);

        assertThat(pulses.get()).isGreaterThan(1);
    }

    @Test
    void finishesWhenViewReplacesItsChildren() throws Exception {
        VBox view = (VBox) onFxThread(HiddenStylingTest::largeView);
        Label replacement = onFxThread(() -> new Label("Replaced"));

        CompletableFuture<Void> styled = onFxThread(() -> {
            CompletableFuture<Void> started = HiddenStyling.style(windowRoot, view);
            view.getChildren().setAll(replacement);
            return started;
        });

        styled.get(20, TimeUnit.SECONDS);
        onFxThread(() -> assertThat(view.getChildren()).containsExactly(replacement));
    }

    @Test
    void stylesSmallViewAtOnce() throws Exception {
        Parent view = onFxThread(() -> new VBox(new Label("One"), new Button("Two")));

        CompletableFuture<Void> styled = onFxThread(() -> HiddenStyling.style(windowRoot, view));

        assertThat(styled).isCompleted();
        onFxThread(() -> assertThat(((Label) ((VBox) view).getChildren().get(0)).getSkin()).isNotNull());
    }

    @Test
    void defersNewControlTypeToNextFrame() throws Exception {
        List<HiddenStyling.Step> steps = onFxThread(() -> List.of(styleStep(new Label("one")),
                styleStep(new Label("two")), styleStep(new Slider()), styleStep(new Label("three"))));

        int firstStepLeft = onFxThread(() -> HiddenStyling.runFrame(steps, 0, new HashSet<>()));

        assertThat(firstStepLeft).isEqualTo(2);
    }

    private static HiddenStyling.Step styleStep(Node content) {
        return new HiddenStyling.Step("style", new VBox(content), () -> { });
    }

    /** Builds a view with every kind of container the styling splits, each with enough inside to be split further. */
    private static Parent largeView() {
        TabPane tabs = new TabPane(new Tab("First", column("tab one", 30)), new Tab("Second", column("tab two", 30)),
                new Tab("Third", column("tab three", 5)));
        tabs.setId("tabs");
        tabs.getSelectionModel().select(1);
        MenuBar menus = new MenuBar();
        for (String name : List.of("File", "View", "Account", "Help")) {
            menus.getMenus().add(new Menu(name, null, new MenuItem(name + " item")));
        }
        GridPane grid = new GridPane();
        for (int row = 0; row < 20; row++) {
            grid.add(new Label("grid " + row), 0, row);
            grid.add(new Button("grid button " + row), 1, row);
        }
        SplitPane split = new SplitPane(column("left", 25), new ScrollPane(column("scrolled", 30)),
                new TitledPane("Titled", column("titled", 25)));
        split.setId("split");
        split.setDividerPositions(0.2, 0.75);
        BorderPane border = new BorderPane(split);
        border.setTop(new VBox(menus, new HBox(new Label("top"), new Button("top button"))));
        border.setBottom(column("bottom", 25));
        return new VBox(border, tabs, grid);
    }

    private static VBox column(String name, int labels) {
        VBox column = new VBox();
        for (int i = 0; i < labels; i++) {
            column.getChildren().add(new Label(name + " " + i));
        }
        return column;
    }

    /** Describes the tree as text with the place of each node, so any part put back elsewhere shows. */
    private static String describe(Node node) {
        StringBuilder text = new StringBuilder(node.getClass().getSimpleName());
        if (node instanceof Label label) {
            text.append('"').append(label.getText()).append('"');
        }
        List<Node> children = new ArrayList<>();
        if (node instanceof BorderPane border) {
            text.append("[top=").append(border.getTop() == null ? "-" : describe(border.getTop()))
                    .append(" center=").append(border.getCenter() == null ? "-" : describe(border.getCenter()))
                    .append(" bottom=").append(border.getBottom() == null ? "-" : describe(border.getBottom()))
                    .append(']');
            return text.toString();
        } else if (node instanceof Pane pane) {
            children.addAll(pane.getChildren());
        } else if (node instanceof SplitPane split) {
            children.addAll(split.getItems());
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> {
                text.append('"').append(tab.getText()).append('"');
                children.add(tab.getContent());
            });
            text.append(" selected=").append(tabs.getSelectionModel().getSelectedIndex());
        } else if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> text.append('"').append(menu.getText()).append('"'));
        } else if (node instanceof ScrollPane scroll) {
            children.add(scroll.getContent());
        } else if (node instanceof TitledPane titled) {
            children.add(titled.getContent());
        }
        if (node instanceof GridPane) {
            children.forEach(child -> text.append('@').append(GridPane.getRowIndex(child)).append(',')
                    .append(GridPane.getColumnIndex(child)));
        }
        text.append('(');
        children.forEach(child -> text.append(describe(child)).append(' '));
        return text.append(')').toString();
    }

    private static void collectLabels(Node node, List<Label> labels) {
        if (node instanceof Label label) {
            labels.add(label);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLabels(child, labels));
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> collectLabels(tab.getContent(), labels));
        }
    }

    private static <T> T onFxThread(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(20, TimeUnit.SECONDS);
    }
}
