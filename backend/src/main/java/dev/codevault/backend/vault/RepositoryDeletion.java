package dev.codevault.backend.vault;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A repository that must still leave the storage folder because no vault uses it any more. Either its vault was
 * deleted, or the vault's remote URL changed and the vault mirrors into a new repository.
 *
 * @param repositoryName the random name of the repository's folder
 * @param vaultId        the vault it belonged to, whose jobs may still be running
 * @param requestedAt    when the vault was deleted or its remote URL changed
 */
@MappedEntity("repository_deletions")
public record RepositoryDeletion(@Id String repositoryName, @BinaryUuid UUID vaultId, Instant requestedAt) {
}
