package dev.codevault.backend.vault;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded archive that passed its checks and waits to be imported.
 *
 * @param id           random id, recorded in the commit it becomes
 * @param vaultId      the vault it goes into
 * @param storedName   the random name of the file in the storage folder's incoming folder
 * @param archiveBytes the archive's size as uploaded
 * @param receivedAt   when the upload finished
 */
@MappedEntity("archive_uploads")
public record ArchiveUpload(@Id @BinaryUuid UUID id, @BinaryUuid UUID vaultId, String storedName,
                            long archiveBytes, Instant receivedAt) {
}
