package dev.codevault.backend.team;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

/** Stores memberships in {@code memberships}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface MembershipRepository extends CrudRepository<Membership, Membership.MembershipId> {

    /** Returns every membership of a person. */
    List<Membership> findByIdUserId(UUID userId);

    /** Returns every membership of a team. */
    List<Membership> findByIdTeamId(UUID teamId);

    /** Counts the members of a team that hold a role. */
    long countByIdTeamIdAndRole(UUID teamId, TeamRole role);
}
