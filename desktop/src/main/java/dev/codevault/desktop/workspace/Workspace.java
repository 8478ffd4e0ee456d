package dev.codevault.desktop.workspace;

import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.vaults.VaultItem;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The main window's state, shared by its parts: the page, the selected vault and whether the window has the
 * focus. Moving to another page or vault hides the error shown for the one left. Use it on the JavaFX thread.
 */
@Singleton
public class Workspace {

    private final ErrorPresenter errors;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.WELCOME);
    private final ReadOnlyObjectWrapper<VaultItem> selectedVault = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper windowActive = new ReadOnlyBooleanWrapper(true);
    private final List<Consumer<VaultItem>> vaultGoneListeners = new ArrayList<>();
    private final List<Runnable> reconnectListeners = new ArrayList<>();

    public Workspace(ErrorPresenter errors) {
        this.errors = errors;
    }

    /** Shows a page. */
    public void show(Page newPage) {
        if (newPage != page.get()) {
            errors.leavePage();
        }
        page.set(newPage);
    }

    /** Selects a vault and shows its dashboard, or the welcome page for {@code null}. */
    public void select(VaultItem vault) {
        Page newPage = vault == null ? Page.WELCOME : Page.DASHBOARD;
        if (newPage != page.get() || !Objects.equals(idOf(vault), idOf(selectedVault.get()))) {
            errors.leavePage();
        }
        selectedVault.set(vault);
        page.set(newPage);
    }

    /**
     * Reports that the server no longer has a vault the list shows: leaves its dashboard for the welcome page and
     * notifies the listeners, so the vault list loads again. Call it before showing the error, because leaving the
     * page hides the error shown.
     */
    public void vaultGone(VaultItem vault) {
        if (Objects.equals(idOf(vault), idOf(selectedVault.get()))) {
            select(null);
        }
        List.copyOf(vaultGoneListeners).forEach(listener -> listener.accept(vault));
    }

    /** Adds a listener that {@link #vaultGone} calls with the vault that no longer exists. */
    public void addVaultGoneListener(Consumer<VaultItem> listener) {
        vaultGoneListeners.add(listener);
    }

    /**
     * Reports that the server can be reached again after the app was offline, so the parts of the window load
     * again what failed while the connection was lost.
     */
    public void reconnected() {
        List.copyOf(reconnectListeners).forEach(Runnable::run);
    }

    /** Adds a listener that {@link #reconnected} calls. */
    public void addReconnectListener(Runnable listener) {
        reconnectListeners.add(listener);
    }

    private static UUID idOf(VaultItem vault) {
        return vault == null ? null : vault.id();
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
