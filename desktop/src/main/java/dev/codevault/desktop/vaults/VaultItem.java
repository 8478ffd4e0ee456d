package dev.codevault.desktop.vaults;

import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.VaultState;
import dev.codevault.common.vault.VaultView;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One vault in the list, kept while the list refreshes so that its state updates in place. Use it on the JavaFX
 * thread.
 */
public final class VaultItem {

    private final UUID id;
    private final UUID projectId;
    private final CodeSourceKind source;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<VaultState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> latestVersion = new ReadOnlyObjectWrapper<>();

    public VaultItem(VaultView view) {
        this.id = view.id();
        this.projectId = view.projectId();
        this.source = view.source();
        update(view);
    }

    /** Takes the name, state and newest version of a fresh copy of the vault. */
    void update(VaultView view) {
        name.set(view.name());
        state.set(view.state());
        latestVersion.set(view.latestVersion());
    }

    /** Takes a new state from the server's event stream. */
    void updateState(VaultState newState) {
        state.set(newState);
    }

    /** Records a version that became ready. */
    void updateLatestVersion(Integer version) {
        latestVersion.set(version);
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public CodeSourceKind source() {
        return source;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String getName() {
        return name.get();
    }

    public ReadOnlyObjectProperty<VaultState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public VaultState getState() {
        return state.get();
    }

    /** The number of the newest analysed version, or {@code null} before the first. */
    public ReadOnlyObjectProperty<Integer> latestVersionProperty() {
        return latestVersion.getReadOnlyProperty();
    }

    public Integer getLatestVersion() {
        return latestVersion.get();
    }

    @Override
    public String toString() {
        return name.get();
    }
}
