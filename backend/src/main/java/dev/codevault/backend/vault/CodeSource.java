package dev.codevault.backend.vault;

import dev.codevault.backend.persistence.BinaryUuid;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.FetchOutcome;
import dev.codevault.common.vault.ReplicationSchedule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * The origin of a vault's code.
 *
 * @param id                  random id, also the associated data of the sealed credential
 * @param vaultId             the vault
 * @param kind                archive uploads or a git remote
 * @param remoteUrl           the git remote's URL, without credentials; {@code null} for archives
 * @param branch              the git branch to mirror, or {@code null} for the remote's default
 * @param sealedCredential    the git credential sealed by the master key, or {@code null}
 * @param credentialUpdatedAt when the credential was stored, or {@code null}
 * @param credentialUsedAt    when the credential last opened the remote, or {@code null}
 * @param schedule            how often the source is read again
 * @param createdAt           when it was created
 * @param updatedAt           when it last changed
 * @param lastFetchAt         when the remote was last read, or {@code null}
 * @param lastFetchOutcome    what the last read found, or {@code null}
 * @param pausedAt            when the schedule paused after failures, or {@code null} while it runs
 * @param pauseReason         what failed and how to fix it, while paused
 * @param updateRequests      mirror runs requested (Update code, the schedule, new credentials) since a run last
 *                            read this row. A run that ends with the count changed runs again.
 */
@MappedEntity("code_sources")
public record CodeSource(@Id @BinaryUuid UUID id, @BinaryUuid UUID vaultId, CodeSourceKind kind,
                         @Nullable String remoteUrl, @Nullable String branch, @Nullable byte[] sealedCredential,
                         @Nullable Instant credentialUpdatedAt, @Nullable Instant credentialUsedAt,
                         ReplicationSchedule schedule, Instant createdAt, Instant updatedAt,
                         @Nullable Instant lastFetchAt, @Nullable FetchOutcome lastFetchOutcome,
                         @Nullable Instant pausedAt, @Nullable String pauseReason, int updateRequests) {

    /** Returns the code source of an archive vault. */
    public static CodeSource archive(UUID vaultId, Instant now) {
        return new CodeSource(UUID.randomUUID(), vaultId, CodeSourceKind.ARCHIVE, null, null, null, null, null,
                ReplicationSchedule.MANUAL, now, now, null, null, null, null, 0);
    }

    /** Returns whether the schedule paused after failures. */
    public boolean paused() {
        return pausedAt != null;
    }
}
