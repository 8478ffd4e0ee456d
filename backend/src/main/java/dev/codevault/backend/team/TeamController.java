package dev.codevault.backend.team;

import dev.codevault.backend.account.Accounts;
import dev.codevault.backend.account.User;
import dev.codevault.backend.security.CurrentUser;
import dev.codevault.common.team.CreateTeamRequest;
import dev.codevault.common.team.Invitation;
import dev.codevault.common.team.InviteRequest;
import dev.codevault.common.team.RenameTeamRequest;
import dev.codevault.common.team.RoleChange;
import dev.codevault.common.team.TeamApi;
import dev.codevault.common.team.TeamMember;
import dev.codevault.common.team.TeamSummary;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.utils.SecurityService;
import java.util.List;
import java.util.UUID;

/** Serves {@link TeamApi}. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamController implements TeamApi {

    private final TeamService teams;
    private final TeamInvitations invitations;
    private final Accounts accounts;
    private final SecurityService security;

    TeamController(TeamService teams, TeamInvitations invitations, Accounts accounts, SecurityService security) {
        this.teams = teams;
        this.invitations = invitations;
        this.accounts = accounts;
        this.security = security;
    }

    @Override
    public List<TeamSummary> teams() {
        return teams.teamsOf(caller());
    }

    @Override
    public TeamSummary createTeam(CreateTeamRequest request) {
        return teams.create(caller(), request.name());
    }

    @Override
    public TeamSummary team(UUID teamId) {
        return teams.get(caller(), teamId);
    }

    @Override
    public TeamSummary renameTeam(UUID teamId, RenameTeamRequest request) {
        return teams.rename(caller(), teamId, request.name());
    }

    @Override
    public List<TeamMember> members(UUID teamId) {
        return teams.members(caller(), teamId).stream().map(this::member).toList();
    }

    @Override
    public TeamMember changeRole(UUID teamId, UUID userId, RoleChange change) {
        return member(teams.changeRole(caller(), teamId, userId, TeamRoles.fromApi(change.role())));
    }

    @Override
    public void removeMember(UUID teamId, UUID userId) {
        teams.removeMember(caller(), teamId, userId);
    }

    @Override
    public List<Invitation> invitations(UUID teamId) {
        return invitations.openInvitations(caller(), teamId).stream().map(TeamController::invitation).toList();
    }

    @Override
    public Invitation invite(UUID teamId, InviteRequest request) {
        return invitation(invitations.invite(caller(), teamId, request.email(), TeamRoles.fromApi(request.role())));
    }

    @Override
    public void withdrawInvitation(UUID teamId, UUID invitationId) {
        invitations.withdraw(caller(), teamId, invitationId);
    }

    private UUID caller() {
        return CurrentUser.idOf(security);
    }

    private TeamMember member(Membership membership) {
        User user = accounts.require(membership.id().userId());
        return new TeamMember(user.id(), user.email(), user.displayName(), TeamRoles.toApi(membership.role()),
                membership.createdAt());
    }

    private static Invitation invitation(TeamInvitation invitation) {
        return new Invitation(invitation.id(), invitation.email(), TeamRoles.toApi(invitation.role()),
                invitation.createdAt());
    }
}
