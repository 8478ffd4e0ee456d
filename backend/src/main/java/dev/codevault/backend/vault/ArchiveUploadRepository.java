package dev.codevault.backend.vault;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

/** Stores pending uploads in {@code archive_uploads}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ArchiveUploadRepository extends CrudRepository<ArchiveUpload, UUID> {

    /** Finds the upload waiting for a vault. */
    Optional<ArchiveUpload> findByVaultId(UUID vaultId);

    /** Finds the upload waiting for a vault and locks its row until the transaction ends. */
    Optional<ArchiveUpload> findByVaultIdForUpdate(UUID vaultId);

    /** Returns whether an upload waits for a vault. */
    boolean existsByVaultId(UUID vaultId);
}
