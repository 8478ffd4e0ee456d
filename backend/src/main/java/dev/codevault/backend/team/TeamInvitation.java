package dev.codevault.backend.team;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to a team that the invited address has not taken up yet.
 *
 * @param id        random id
 * @param teamId    the team
 * @param email     the invited address, normalised
 * @param role      the role the person gets on joining
 * @param invitedBy the member who invited
 * @param createdAt when the invitation was made or last changed
 */
@MappedEntity("team_invitations")
public record TeamInvitation(@Id @BinaryUuid UUID id, @BinaryUuid UUID teamId, String email, TeamRole role,
                             @BinaryUuid UUID invitedBy, Instant createdAt) {
}
