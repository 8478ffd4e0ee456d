package dev.codevault.backend.vault;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

/** Stores code sources in {@code code_sources}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CodeSourceRepository extends CrudRepository<CodeSource, UUID> {

    /** Finds the code source of a vault. */
    Optional<CodeSource> findByVaultId(UUID vaultId);
}
