package dev.codevault.desktop.fx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;

/**
 * Styles a large view inside the window while it stays hidden, a few parts per frame, so that showing it later costs
 * no long CSS pass on the JavaFX thread.
 *
 * <p>JavaFX keeps the results of matching style sheet selectors per scene root, and creates a control's skin in the
 * first CSS pass that reaches it. On a cold JVM that first pass over the workspace took 200 to 300 ms in one frame
 * in the desktop benchmark. Here the view joins the window's root hidden, with its larger parts taken out. Each
 * later frame puts back and styles as many parts as fit in {@value #FRAME_BUDGET_MILLIS} ms, so no frame does much
 * of the work. When the view is shown
 * afterwards it is already styled and laid out, and its selector matches stay cached for the views that follow
 * under the same root.
 */
public final class HiddenStyling {

    /**
     * Maximum work in one part, counted as one per node and {@value #CONTROL_WEIGHT} per control because a control's
     * skin adds nodes of its own. Larger parts are split at their children.
     */
    static final int PART_WEIGHT = 24;

    private static final int CONTROL_WEIGHT = 8;

    /** JavaFX-thread time for the steps of one frame, well below the 100 ms that counts as a stall. */
    private static final long FRAME_BUDGET_MILLIS = 24;

    /** Frames longer than this are logged with their steps in benchmark runs. */
    private static final long LOGGED_FRAME_NANOS = 40_000_000;

    private HiddenStyling() {
    }

    /**
     * Adds the view hidden, behind everything else, to the given parent in the window's scene, and styles it over
     * the next frames. Call it on the JavaFX thread. The returned future completes on the JavaFX thread once the
     * whole view is back together and styled. The view stays hidden until the caller shows it.
     */
    public static CompletableFuture<Void> style(Pane windowRoot, Parent view) {
        List<Slot> parts = new ArrayList<>();
        split(view, parts);
        view.setVisible(false);
        windowRoot.getChildren().add(0, view);
        view.applyCss();
        Scene scene = windowRoot.getScene();
        // One image as large as the window takes every part's drawing, so the steps leave no garbage images.
        WritableImage canvas = new WritableImage((int) Math.max(1, Math.ceil(scene.getWidth())),
                (int) Math.max(1, Math.ceil(scene.getHeight())));
        List<Step> steps = new ArrayList<>();
        for (int index = 0; index < parts.size(); index++) {
            Slot part = parts.get(index);
            steps.add(new Step(part instanceof ItemSlot ? "add to" : "style", part.node(), () -> {
                part.restore();
                part.node().applyCss();
            }));
            // Drawing the part once into an image, a frame after it was laid out, rasterises its shapes and glyphs
            // now rather than in the first frame that shows it. A tab pane or menu bar is drawn once, with all its
            // tabs or menus back.
            boolean itemsFollow = index + 1 < parts.size() && parts.get(index + 1) instanceof ItemSlot
                    && parts.get(index + 1).node() == part.node();
            if (!itemsFollow) {
                steps.add(new Step("draw", part.node(), () -> part.node().snapshot(null, canvas)));
            }
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        long started = System.nanoTime();
        done.thenRun(() -> StartupProbe.took("hidden styling of " + steps.size() + " steps", started));
        nextFrame(scene, steps, 0, new HashSet<>(), done);
        return done;
    }

    private static void nextFrame(Scene scene, List<Step> steps, int next, Set<Class<?>> styledTypes,
                                  CompletableFuture<Void> done) {
        if (next == steps.size() || scene == null) {
            done.complete(null);
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                int firstStepLeft;
                try {
                    firstStepLeft = runFrame(steps, next, styledTypes);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                    return;
                }
                nextFrame(scene, steps, firstStepLeft, styledTypes, done);
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Runs as many steps as fit in the frame's budget, judging the next step by the last one, and returns the index
     * of the first step left. A step that styles a control type for the first time creates that type's first skin.
     * On a cold JVM that took 40 to 130 ms for the menu bar, the tab pane, the tree and the table in the desktop
     * benchmark, so such a step only runs first in a frame.
     */
    static int runFrame(List<Step> steps, int first, Set<Class<?>> styledTypes) {
        long started = System.nanoTime();
        long lastStep = 0;
        int step = first;
        StringBuilder trace = StartupProbe.enabled() ? new StringBuilder() : null;
        while (step < steps.size()) {
            Step current = steps.get(step);
            Set<Class<?>> types = current.controlTypes();
            if (step > first && (System.nanoTime() - started + lastStep >= FRAME_BUDGET_MILLIS * 1_000_000
                    || !styledTypes.containsAll(types))) {
                break;
            }
            long stepStarted = System.nanoTime();
            current.work().run();
            lastStep = System.nanoTime() - stepStarted;
            styledTypes.addAll(types);
            if (trace != null) {
                trace.append(current).append(' ').append(lastStep / 1_000_000).append(" ms, ");
            }
            step++;
        }
        if (trace != null && System.nanoTime() - started > LOGGED_FRAME_NANOS) {
            StartupProbe.mark("hidden styling frame of " + (System.nanoTime() - started) / 1_000_000 + " ms: "
                    + trace);
        }
        return step;
    }

    /**
     * Takes the larger parts out of the node's tree, adding them to the list in the order they are to be put back:
     * outer parts before the parts inside them.
     */
    private static void split(Node node, List<Slot> parts) {
        if (weight(node) <= PART_WEIGHT) {
            return;
        }
        if (node instanceof SplitPane split) {
            // Taking an item out of a split pane resets its dividers, so only the items' insides are split.
            for (Node item : split.getItems()) {
                split(item, parts);
            }
            return;
        }
        List<Slot> slots = slots(node);
        // A tab pane's or menu bar's first skin makes a header or button for every tab or menu. Only the selected tab
        // and the first menu stay for it; the others come back one per step.
        if (node instanceof TabPane tabs) {
            splitItems(tabs, tabs.getTabs(), tabs.getSelectionModel().getSelectedItem(), parts);
        } else if (node instanceof MenuBar bar && !bar.getMenus().isEmpty()) {
            splitItems(bar, bar.getMenus(), bar.getMenus().get(0), parts);
        }
        for (Slot slot : slots) {
            if (weight(slot.node()) > 1) {
                slot.empty();
                parts.add(slot);
                split(slot.node(), parts);
            }
        }
    }

    /** Takes every item but {@code staying} out of the owner's list, adding a part for each to put it back. */
    private static <T> void splitItems(Control owner, ObservableList<T> items, T staying, List<Slot> parts) {
        List<T> original = List.copyOf(items);
        for (int index = 0; index < original.size(); index++) {
            if (original.get(index) != staying) {
                parts.add(new ItemSlot<>(owner, items, original.get(index), index));
            }
        }
        items.setAll(staying == null ? List.of() : List.of(staying));
    }

    private static int weight(Node node) {
        int weight = node instanceof Control ? CONTROL_WEIGHT : 1;
        if (node instanceof MenuBar bar) {
            weight += bar.getMenus().size() * CONTROL_WEIGHT;
        }
        for (Slot slot : slots(node)) {
            weight += weight(slot.node());
        }
        return weight;
    }

    /** Returns the places that contain a node's children before any skin exists: panes and the usual containers. */
    private static List<Slot> slots(Node node) {
        List<Slot> slots = new ArrayList<>();
        if (node instanceof BorderPane border) {
            addBorderSlots(border, slots);
        } else if (node instanceof Pane pane) {
            addListSlots(pane.getChildren(), slots);
        } else if (node instanceof SplitPane split) {
            addListSlots(split.getItems(), slots);
        } else if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    slots.add(new TabSlot(tab, tab.getContent()));
                }
            }
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            slots.add(new PropertySlot(scroll.contentProperty(), scroll.getContent()));
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            slots.add(new PropertySlot(titled.contentProperty(), titled.getContent()));
        }
        return slots;
    }

    private static void addListSlots(ObservableList<Node> children, List<Slot> slots) {
        for (Node child : children) {
            slots.add(new ListSlot(children, child));
        }
    }

    private static void addBorderSlots(BorderPane border, List<Slot> slots) {
        List<ObjectProperty<Node>> places = List.of(border.topProperty(), border.leftProperty(),
                border.centerProperty(), border.rightProperty(), border.bottomProperty());
        for (ObjectProperty<Node> place : places) {
            if (place.get() != null) {
                slots.add(new PropertySlot(place, place.get()));
            }
        }
    }

    /**
     * One piece of a frame's work on a part: putting it back and styling it, adding a tab or menu back to a styled
     * owner, or drawing it.
     *
     * @param kind what the step does, for the benchmark's log
     */
    record Step(String kind, Node part, Runnable work) {

        /** Returns the control types in the part, leaving out the parts still taken out of it. */
        Set<Class<?>> controlTypes() {
            if (!kind.equals("style")) {
                return Set.of();
            }
            Set<Class<?>> types = new HashSet<>();
            addControlTypes(part, types);
            return types;
        }

        private static void addControlTypes(Node node, Set<Class<?>> types) {
            if (node instanceof Control) {
                types.add(node.getClass());
            }
            for (Slot slot : slots(node)) {
                addControlTypes(slot.node(), types);
            }
        }

        @Override
        public String toString() {
            return kind + " " + part.getClass().getSimpleName() + (part.getId() == null ? "" : "#" + part.getId());
        }
    }

    /** A place that contains one child, which can be emptied now and filled again later. */
    private interface Slot {

        Node node();

        void empty();

        void restore();
    }

    /**
     * A child in a list of children. Emptying puts an invisible stand-in in its place, so the indexes of the other
     * children, and with them the order the view was built in, stay as they were.
     */
    private static final class ListSlot implements Slot {

        private final ObservableList<Node> children;
        private final Node child;
        private Node standIn;

        ListSlot(ObservableList<Node> children, Node child) {
            this.children = children;
            this.child = child;
        }

        @Override
        public Node node() {
            return child;
        }

        @Override
        public void empty() {
            standIn = new Pane();
            standIn.setManaged(false);
            standIn.setVisible(false);
            children.set(children.indexOf(child), standIn);
        }

        @Override
        public void restore() {
            // A view that replaced its children meanwhile has dropped the stand-in, and with it this child.
            int index = children.indexOf(standIn);
            if (index >= 0) {
                children.set(index, child);
            }
        }
    }

    /**
     * A tab of a tab pane or a menu of a menu bar, put back at its index. The items are put back in the order of
     * their indexes, so each index is right when its item returns. The node is the owner, whose skin adds the item.
     */
    private record ItemSlot<T>(Control node, ObservableList<T> items, T item, int index) implements Slot {

        @Override
        public void empty() {
            items.remove(item);
        }

        @Override
        public void restore() {
            items.add(Math.min(index, items.size()), item);
        }
    }

    /** A place of a border pane, a scroll pane or a titled pane: a property that contains one node. */
    private record PropertySlot(ObjectProperty<Node> place, Node node) implements Slot {

        @Override
        public void empty() {
            place.set(null);
        }

        @Override
        public void restore() {
            place.set(node);
        }
    }

    private record TabSlot(Tab tab, Node node) implements Slot {

        @Override
        public void empty() {
            tab.setContent(null);
        }

        @Override
        public void restore() {
            tab.setContent(node);
        }
    }

}
