package dev.codevault.backend.vault;

import dev.codevault.backend.persistence.BinaryUuid;
import dev.codevault.common.vault.CodeSourceKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * The origin of a vault's code.
 *
 * @param id                  random id
 * @param vaultId             the vault
 * @param kind                archive uploads or a git remote
 * @param remoteUrl           the git remote's URL, without credentials; {@code null} for archives
 * @param branch              the git branch to mirror, or {@code null} for the remote's default
 * @param sealedCredential    the git credential sealed by the master key, or {@code null}
 * @param credentialUpdatedAt when the credential was stored, or {@code null}
 * @param credentialUsedAt    when the credential was last used, or {@code null}
 * @param schedule            how often the source is read again: {@code MANUAL}, {@code WEEKLY} or {@code MONTHLY}
 * @param createdAt           when it was created
 * @param updatedAt           when it last changed
 */
@MappedEntity("code_sources")
public record CodeSource(@Id @BinaryUuid UUID id, @BinaryUuid UUID vaultId, CodeSourceKind kind,
                         @Nullable String remoteUrl, @Nullable String branch, @Nullable byte[] sealedCredential,
                         @Nullable Instant credentialUpdatedAt, @Nullable Instant credentialUsedAt, String schedule,
                         Instant createdAt, Instant updatedAt) {

    /** Schedule of a source read only when someone acts. */
    public static final String MANUAL = "MANUAL";
}
