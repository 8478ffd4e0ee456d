package dev.codevault.backend.vault;

import dev.codevault.backend.persistence.BinaryUuid;
import dev.codevault.backend.persistence.NameKeys;
import dev.codevault.common.vault.VaultState;
import dev.codevault.common.vault.VaultStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A vault: one code source, its private repository and its place in the pipeline.
 *
 * @param id              random id
 * @param projectId       the project it belongs to
 * @param name            the display name
 * @param nameKey         the {@link NameKeys} key of the name, unique in the project
 * @param status          the current step of the pipeline
 * @param statusReason    what failed and what to do, for a failed or retried step; else {@code null}
 * @param progressPercent how far the current step got, or {@code null}
 * @param repositoryName  the random name of its bare repository in the storage folder
 * @param sealedDataKey   its data key, sealed by the master key
 * @param createdAt       when it was created
 * @param updatedAt       when it was last renamed or created
 * @param statusChangedAt when the status last changed
 */
@MappedEntity("vaults")
public record Vault(@Id @BinaryUuid UUID id, @BinaryUuid UUID projectId, String name, byte[] nameKey,
                    VaultStatus status, @Nullable String statusReason, @Nullable Integer progressPercent,
                    String repositoryName, byte[] sealedDataKey, Instant createdAt, Instant updatedAt,
                    Instant statusChangedAt) {

    /** Returns a new vault in the given state, with its name's key. */
    public static Vault create(UUID id, UUID projectId, String name, VaultStatus status, String repositoryName,
                               byte[] sealedDataKey, Instant now) {
        return new Vault(id, projectId, name, NameKeys.of(name), status, null, null, repositoryName, sealedDataKey,
                now, now, now);
    }

    /** Returns the state as the API shows it. */
    public VaultState state() {
        return new VaultState(status, statusReason, progressPercent, statusChangedAt);
    }
}
