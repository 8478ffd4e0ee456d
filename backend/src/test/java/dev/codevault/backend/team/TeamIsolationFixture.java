package dev.codevault.backend.team;

import dev.codevault.backend.account.User;
import dev.codevault.backend.testing.Tenant;
import dev.codevault.backend.testing.TenantResourceFixture;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.team.InviteRequest;
import dev.codevault.common.team.MemberRole;
import dev.codevault.common.team.RenameTeamRequest;
import dev.codevault.common.team.RoleChange;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;

/** Gives the isolation test a team, a second member and an open invitation of each tenant. */
@Singleton
class TeamIsolationFixture implements TenantResourceFixture {

    private final TestAccounts accounts;
    private final TeamInvitations invitations;

    TeamIsolationFixture(TestAccounts accounts, TeamInvitations invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
    }

    @Override
    public Map<String, String> create(Tenant tenant) {
        User member = accounts.createUser();
        accounts.addMember(tenant.team(), member, TeamRole.MEMBER);
        TeamInvitation invitation = invitations.invite(tenant.owner().id(), tenant.team().id(),
                "invited-" + UUID.randomUUID() + "@example.com", TeamRole.MEMBER);
        return Map.of(
                "teamId", tenant.team().id().toString(),
                "userId", member.id().toString(),
                "invitationId", invitation.id().toString());
    }

    @Override
    public Map<Class<?>, Object> exampleBodies() {
        return Map.of(
                RenameTeamRequest.class, new RenameTeamRequest("Renamed"),
                RoleChange.class, new RoleChange(MemberRole.ADMIN),
                InviteRequest.class, new InviteRequest("someone-" + UUID.randomUUID() + "@example.com",
                        MemberRole.MEMBER));
    }
}
