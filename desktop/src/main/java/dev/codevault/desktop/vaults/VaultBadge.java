package dev.codevault.desktop.vaults;

import dev.codevault.common.vault.VaultState;
import dev.codevault.common.vault.VaultStatus;
import java.util.Locale;

/**
 * A vault's state as its badge shows it: a word or two with the progress where the server reports it, and what to
 * do where the state needs an action. The words carry the meaning, so the badge does not depend on colour alone.
 *
 * @param text       the badge's text, for example {@code Importing 45%}
 * @param styleClass the style class that colours the badge, for example {@code badge-importing}
 * @param detail     a sentence for the dashboard and the accessible text: the reason and the action to take
 */
public record VaultBadge(String text, String styleClass, String detail) {

    /** Returns the badge of a state. */
    public static VaultBadge of(VaultState state, boolean gitSource) {
        String style = "badge-" + state.status().name().toLowerCase(Locale.ROOT);
        return switch (state.status()) {
            case EMPTY -> new VaultBadge("No upload yet", style, gitSource
                    ? "The first copy of the repository has not started yet."
                    : "Drop a zip or tar archive onto the window to add the first version.");
            case QUEUED -> new VaultBadge("Queued", style, "Waiting for the server to start the work.");
            case IMPORTING -> new VaultBadge(withProgress("Importing", state), style,
                    "The archive is being written into the vault.");
            case MIRRORING -> new VaultBadge(withProgress("Mirroring", state), style,
                    "The repository is being copied into the vault.");
            case ANALYSING -> new VaultBadge(withProgress("Analysing", state), style,
                    "The analyses run on the newest version.");
            case READY -> new VaultBadge("Ready", style, "The newest version is analysed.");
            case FAILED -> new VaultBadge("Failed", style, failure(state));
        };
    }

    /** Returns whether the vault may still change state without anyone doing anything. */
    public static boolean inProgress(VaultStatus status) {
        return status == VaultStatus.QUEUED || status == VaultStatus.IMPORTING || status == VaultStatus.MIRRORING
                || status == VaultStatus.ANALYSING;
    }

    private static String withProgress(String step, VaultState state) {
        return state.progressPercent() == null ? step : step + " " + state.progressPercent() + "%";
    }

    private static String failure(VaultState state) {
        if (state.reason() == null || state.reason().isBlank()) {
            return "The server gave no reason. Upload the archive again, or ask your administrator to look at the "
                    + "server's log.";
        }
        return state.reason();
    }
}
