package dev.codevault.desktop.newvault;

import dev.codevault.desktop.settings.AdminSettings;
import dev.codevault.desktop.vaults.ProjectClient;
import dev.codevault.desktop.vaults.VaultClient;
import jakarta.inject.Singleton;

/**
 * The server calls and settings behind the new-vault form.
 *
 * @param projects the project API
 * @param vaults   the vault API
 * @param uploader the archive upload
 * @param admin    the administrator's settings, for the largest archive
 */
@Singleton
public record NewVaultActions(ProjectClient projects, VaultClient vaults, ArchiveUploader uploader,
                              AdminSettings admin) {

    /** Returns the largest archive the app uploads. */
    public long maxArchiveBytes() {
        return admin.maxArchiveBytes().orElse(ArchiveCheck.DEFAULT_MAX_BYTES);
    }
}
