package dev.codevault.backend.team;

import dev.codevault.backend.error.ForbiddenException;
import dev.codevault.backend.error.NotFoundException;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.UUID;

/**
 * The one place that decides whether a person may touch a team's data. A person outside the team gets the same
 * answer as for an id that does not exist, so ids of other teams reveal nothing.
 */
@Singleton
public class TeamAccess {

    private final MembershipRepository memberships;

    TeamAccess(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /**
     * Returns the person's role in the team.
     *
     * @param what the kind of resource the request names, for the message, for example {@code "vault"}
     * @param id   the id the request names, quoted in the message
     * @throws NotFoundException when the person is not a member of the team
     */
    public TeamRole requireMember(UUID userId, UUID teamId, String what, UUID id) {
        return memberships.findById(new Membership.MembershipId(teamId, userId))
                .map(Membership::role)
                .orElseThrow(() -> new NotFoundException(what, id));
    }

    /**
     * Checks that the person has at least the given role in the team.
     *
     * @throws NotFoundException  when the person is not a member of the team
     * @throws ForbiddenException when the person's role is below the required one
     */
    public void requireRole(UUID userId, UUID teamId, TeamRole required, String what, UUID id) {
        TeamRole role = requireMember(userId, teamId, what, id);
        if (!role.includes(required)) {
            throw new ForbiddenException("This needs the " + required.name().toLowerCase(Locale.ROOT)
                    + " role in the team; yours is " + role.name().toLowerCase(Locale.ROOT)
                    + ". Ask a team owner.");
        }
    }
}
