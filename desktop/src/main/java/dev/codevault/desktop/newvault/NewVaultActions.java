package dev.codevault.desktop.newvault;

import dev.codevault.desktop.server.ServerLimits;
import dev.codevault.desktop.settings.AdminSettings;
import dev.codevault.desktop.vaults.ProjectClient;
import dev.codevault.desktop.vaults.VaultClient;
import jakarta.inject.Singleton;
import java.util.OptionalLong;

/**
 * The server calls and settings behind the new-vault form.
 *
 * @param projects the project API
 * @param vaults   the vault API
 * @param uploader the archive upload
 * @param admin    the administrator's settings, for the largest archive
 * @param server   the limits the server published
 */
@Singleton
public record NewVaultActions(ProjectClient projects, VaultClient vaults, ArchiveUploader uploader,
                              AdminSettings admin, ServerLimits server) {

    /**
     * Returns the largest archive the app uploads: the smaller of the server's published limit and the
     * administrator's, or the server's default limit when neither is known.
     */
    public long maxArchiveBytes() {
        OptionalLong published = server.maxArchiveBytes();
        OptionalLong fixed = admin.maxArchiveBytes();
        if (published.isPresent() && fixed.isPresent()) {
            return Math.min(published.getAsLong(), fixed.getAsLong());
        }
        return published.orElse(fixed.orElse(ArchiveCheck.DEFAULT_MAX_BYTES));
    }
}
