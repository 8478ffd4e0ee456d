package dev.codevault.desktop.testing;

import javafx.scene.Node;

/**
 * Tells shown nodes from hidden ones for window tests. The visibility check of TestFX 4.0.18, which its clicks use,
 * reads only a node's own visible flag on Java 9 and later. So it also takes a node inside a hidden parent, such as the
 * workspace that waits behind the sign-in screen.
 */
public final class ShownNodes {

    private ShownNodes() {
    }

    /** Returns whether the node and all its parents are visible, wherever the node lies. */
    public static boolean isShown(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
