package dev.codevault.backend.vault;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Stores the repositories of deleted vaults still to delete, in {@code repository_deletions}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RepositoryDeletionRepository extends CrudRepository<RepositoryDeletion, String> {
}
