package dev.codevault.desktop.fx;

import javafx.scene.Parent;

/**
 * A loaded FXML view with its controller.
 *
 * @param root       the view's root node
 * @param controller the controller the bean context created for it
 * @param <C>        the controller's type
 */
public record View<C>(Parent root, C controller) {
}
