package dev.codevault.desktop.vaults;

import dev.codevault.common.vault.VaultState;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** A state stream that records which vaults are followed and lets the test push states. */
public final class FakeStates extends VaultStateStream {

    private final List<UUID> followed = new ArrayList<>();
    private final List<UUID> closed = new ArrayList<>();
    private final List<Consumer<VaultState>> listeners = new ArrayList<>();

    public FakeStates() {
        super(null);
    }

    @Override
    public AutoCloseable follow(UUID vaultId, Consumer<VaultState> listener) {
        followed.add(vaultId);
        listeners.add(listener);
        return () -> closed.add(vaultId);
    }

    /** Sends a state to the listener of the vault followed first with the id. */
    public void push(UUID vaultId, VaultState state) {
        listeners.get(followed.indexOf(vaultId)).accept(state);
    }

    public List<UUID> followed() {
        return followed;
    }

    public List<UUID> closed() {
        return closed;
    }
}
