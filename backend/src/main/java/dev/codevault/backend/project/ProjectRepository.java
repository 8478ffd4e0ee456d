package dev.codevault.backend.project;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores projects in {@code projects}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProjectRepository extends CrudRepository<Project, UUID> {

    /** Returns the team's projects by name. */
    List<Project> findByTeamIdOrderByName(UUID teamId);

    /** Finds the team's project whose name has the key. */
    Optional<Project> findByTeamIdAndNameKey(UUID teamId, byte[] nameKey);
}
