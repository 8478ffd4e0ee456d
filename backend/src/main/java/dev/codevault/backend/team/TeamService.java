package dev.codevault.backend.team;

import dev.codevault.backend.account.EmailAddresses;
import dev.codevault.backend.error.ConflictException;
import dev.codevault.backend.error.ForbiddenException;
import dev.codevault.backend.error.NotFoundException;
import dev.codevault.common.team.MemberRole;
import dev.codevault.common.team.TeamSummary;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teams and their members. Each operation checks the caller's membership and role through {@link TeamAccess}, so a
 * team the caller is not in returns 404.
 */
@Singleton
public class TeamService {

    private static final Logger LOG = LoggerFactory.getLogger(TeamService.class);
    private static final String PERSONAL_TEAM_NAME = "Personal";
    private static final String TEAM = "team";

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final TeamInvitationRepository invitations;
    private final TeamAccess access;
    private final Clock clock;

    TeamService(TeamRepository teams, MembershipRepository memberships, TeamInvitationRepository invitations,
                TeamAccess access, Clock clock) {
        this.teams = teams;
        this.memberships = memberships;
        this.invitations = invitations;
        this.access = access;
        this.clock = clock;
    }

    /** Creates the team a new account starts with, owned by that account alone. */
    @Transactional
    public Team createPersonalTeam(UUID userId, String email) {
        Team team = teams.save(new Team(UUID.randomUUID(), PERSONAL_TEAM_NAME, true, clock.instant()));
        memberships.save(new Membership(new Membership.MembershipId(team.id(), userId), TeamRole.OWNER,
                clock.instant()));
        return team;
    }

    /** Lists the teams of a person, the personal team first, then by name. */
    public List<TeamSummary> teamsOf(UUID userId) {
        return memberships.findByIdUserId(userId).stream()
                .flatMap(membership -> teams.findById(membership.id().teamId()).stream()
                        .map(team -> summary(team, membership.role())))
                .sorted(Comparator.comparing((TeamSummary team) -> !team.personal())
                        .thenComparing(team -> team.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Creates a team owned by the caller. */
    @Transactional
    public TeamSummary create(UUID userId, String name) {
        Team team = teams.save(new Team(UUID.randomUUID(), name.strip(), false, clock.instant()));
        memberships.save(new Membership(new Membership.MembershipId(team.id(), userId), TeamRole.OWNER,
                clock.instant()));
        LOG.info("User {} created team {}", userId, team.id());
        return summary(team, TeamRole.OWNER);
    }

    /** Returns a team of the caller. */
    public TeamSummary get(UUID userId, UUID teamId) {
        TeamRole role = access.requireMember(userId, teamId, TEAM, teamId);
        return summary(requireTeam(teamId), role);
    }

    /** Renames a team; owners only. */
    @Transactional
    public TeamSummary rename(UUID userId, UUID teamId, String name) {
        access.requireRole(userId, teamId, TeamRole.OWNER, TEAM, teamId);
        Team team = requireTeam(teamId);
        Team renamed = teams.update(new Team(team.id(), name.strip(), team.personal(), team.createdAt()));
        return summary(renamed, TeamRole.OWNER);
    }

    /** Returns the memberships of a team the caller belongs to, in the order they joined. */
    public List<Membership> members(UUID userId, UUID teamId) {
        access.requireMember(userId, teamId, TEAM, teamId);
        return memberships.findByIdTeamId(teamId).stream()
                .sorted(Comparator.comparing(Membership::createdAt))
                .toList();
    }

    /**
     * Gives a member another role. Admins change members and admins; only owners grant or take the owner role, and
     * the last owner keeps it.
     */
    @Transactional
    public Membership changeRole(UUID userId, UUID teamId, UUID memberId, TeamRole newRole) {
        TeamRole callerRole = access.requireMember(userId, teamId, TEAM, teamId);
        lockTeam(teamId);
        Membership target = requireMembership(teamId, memberId);
        requireRightToManage(callerRole, target.role(), newRole);
        if (target.role() == TeamRole.OWNER && newRole != TeamRole.OWNER) {
            requireAnotherOwner(teamId, "demoted");
        }
        Membership changed = memberships.update(new Membership(target.id(), newRole, target.createdAt()));
        LOG.info("User {} changed the role of {} in team {} from {} to {}", userId, memberId, teamId, target.role(),
                newRole);
        return changed;
    }

    /**
     * Removes a member. Members may remove themselves; removing someone else takes the rights to manage their role.
     * The last owner cannot leave.
     */
    @Transactional
    public void removeMember(UUID userId, UUID teamId, UUID memberId) {
        TeamRole callerRole = access.requireMember(userId, teamId, TEAM, teamId);
        lockTeam(teamId);
        Membership target = requireMembership(teamId, memberId);
        if (!memberId.equals(userId)) {
            requireRightToManage(callerRole, target.role(), target.role());
        }
        if (target.role() == TeamRole.OWNER) {
            requireAnotherOwner(teamId, "removed");
        }
        memberships.delete(target);
        LOG.info("User {} removed {} from team {}", userId, memberId, teamId);
    }

    /** Returns the team, or 404 when it was deleted in the meantime. */
    Team requireTeam(UUID teamId) {
        return teams.findById(teamId).orElseThrow(() -> new NotFoundException(TEAM, teamId));
    }

    /** Checks that a caller with {@code callerRole} may change a member from {@code current} to {@code wanted}. */
    static void requireRightToManage(TeamRole callerRole, TeamRole current, TeamRole wanted) {
        if (!callerRole.includes(TeamRole.ADMIN)) {
            throw new ForbiddenException("Managing members needs the admin or owner role in the team; yours is "
                    + name(callerRole) + ". Ask a team owner.");
        }
        if ((current == TeamRole.OWNER || wanted == TeamRole.OWNER) && callerRole != TeamRole.OWNER) {
            throw new ForbiddenException("Only owners grant, change or remove the owner role; yours is "
                    + name(callerRole) + ". Ask a team owner.");
        }
    }

    private Membership requireMembership(UUID teamId, UUID memberId) {
        return memberships.findById(new Membership.MembershipId(teamId, memberId))
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private void lockTeam(UUID teamId) {
        teams.findByIdForUpdate(teamId).orElseThrow(() -> new NotFoundException(TEAM, teamId));
    }

    private void requireAnotherOwner(UUID teamId, String what) {
        if (memberships.countByIdTeamIdAndRole(teamId, TeamRole.OWNER) <= 1) {
            throw new ConflictException("The last owner of a team cannot be " + what + ". Make another member an "
                    + "owner first.");
        }
    }

    static String name(TeamRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    static TeamSummary summary(Team team, TeamRole role) {
        return new TeamSummary(team.id(), team.name(), team.personal(), TeamRoles.toApi(role), team.createdAt());
    }

    /** Returns whether an address has an open invitation to any team. */
    public boolean isInvited(String email) {
        return !invitations.findByEmail(EmailAddresses.normalise(email)).isEmpty();
    }

    /** Converts a role of the API. */
    public static TeamRole roleOf(MemberRole role) {
        return TeamRoles.fromApi(role);
    }
}
