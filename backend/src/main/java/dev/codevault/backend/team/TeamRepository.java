package dev.codevault.backend.team;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

/** Stores teams in {@code teams}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface TeamRepository extends CrudRepository<Team, UUID> {

    /** Finds a team and locks its row until the transaction ends, so changes to its owners happen one at a time. */
    Optional<Team> findByIdForUpdate(UUID id);
}
