package dev.codevault.desktop.workspace;

import dev.codevault.desktop.vaults.VaultItem;
import jakarta.inject.Singleton;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The main window's state, shared by its parts: the page, the selected vault and whether the window has the
 * focus. Use it on the JavaFX thread.
 */
@Singleton
public class Workspace {

    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.WELCOME);
    private final ReadOnlyObjectWrapper<VaultItem> selectedVault = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper windowActive = new ReadOnlyBooleanWrapper(true);

    /** Shows a page. */
    public void show(Page newPage) {
        page.set(newPage);
    }

    /** Selects a vault and shows its dashboard, or the welcome page for {@code null}. */
    public void select(VaultItem vault) {
        selectedVault.set(vault);
        page.set(vault == null ? Page.WELCOME : Page.DASHBOARD);
    }

    /** Records whether the window has the focus, so notifications appear only while it is in the background. */
    public void windowActive(boolean active) {
        windowActive.set(active);
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public Page getPage() {
        return page.get();
    }

    public ReadOnlyObjectProperty<VaultItem> selectedVaultProperty() {
        return selectedVault.getReadOnlyProperty();
    }

    public VaultItem getSelectedVault() {
        return selectedVault.get();
    }

    public ReadOnlyBooleanProperty windowActiveProperty() {
        return windowActive.getReadOnlyProperty();
    }

    public boolean isWindowActive() {
        return windowActive.get();
    }
}
