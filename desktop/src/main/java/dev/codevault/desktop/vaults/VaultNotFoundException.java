package dev.codevault.desktop.vaults;

import dev.codevault.desktop.errors.UserFacingException;
import java.util.UUID;

/**
 * The server returned 404 for a vault that the list still shows: it was deleted, or the user's team lost access to
 * it. The declarative clients return {@code null} for a 404, so callers check the body with {@link #requireFound}.
 */
public class VaultNotFoundException extends UserFacingException {

    private final UUID vaultId;

    public VaultNotFoundException(UUID vaultId) {
        super("This vault no longer exists on the server: it was deleted, or your team no longer has access to it. "
                + "The vault list was refreshed; choose another vault.");
        this.vaultId = vaultId;
    }

    /** Returns the id of the vault that was not found. */
    public UUID vaultId() {
        return vaultId;
    }

    /**
     * Returns a response body of a call about a vault, or throws when it is {@code null}, which is how the
     * declarative clients return a 404.
     *
     * @throws VaultNotFoundException when {@code body} is {@code null}
     */
    public static <T> T requireFound(T body, UUID vaultId) {
        if (body == null) {
            throw new VaultNotFoundException(vaultId);
        }
        return body;
    }
}
