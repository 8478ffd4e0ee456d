package dev.codevault.backend.team;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores invitations in {@code team_invitations}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TeamInvitationRepository extends CrudRepository<TeamInvitation, UUID> {

    /** Returns the open invitations of a team, oldest first. */
    List<TeamInvitation> findByTeamIdOrderByCreatedAt(UUID teamId);

    /** Returns the open invitations of an address. */
    List<TeamInvitation> findByEmail(String email);

    /** Finds the invitation of an address to a team. */
    Optional<TeamInvitation> findByTeamIdAndEmail(UUID teamId, String email);

    /** Finds an invitation of a team by id. */
    Optional<TeamInvitation> findByIdAndTeamId(UUID id, UUID teamId);
}
