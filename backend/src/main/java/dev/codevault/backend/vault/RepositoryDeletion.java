package dev.codevault.backend.vault;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A repository of a deleted vault that must still leave the storage folder.
 *
 * @param repositoryName the random name of the repository's folder
 * @param vaultId        the deleted vault, whose jobs may still be running
 * @param requestedAt    when the vault was deleted
 */
@MappedEntity("repository_deletions")
public record RepositoryDeletion(@Id String repositoryName, @BinaryUuid UUID vaultId, Instant requestedAt) {
}
