package dev.codevault.backend.team;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's place in a team.
 *
 * @param id        the team and the person
 * @param role      what the person may do in the team
 * @param createdAt when the person joined
 */
@MappedEntity("memberships")
public record Membership(@EmbeddedId MembershipId id, TeamRole role, Instant createdAt) {

    /**
     * Key of a membership.
     *
     * @param teamId the team
     * @param userId the person
     */
    @Embeddable
    public record MembershipId(@MappedProperty("team_id") @BinaryUuid UUID teamId,
                               @MappedProperty("user_id") @BinaryUuid UUID userId) {
    }
}
