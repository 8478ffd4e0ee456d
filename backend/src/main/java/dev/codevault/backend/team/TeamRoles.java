package dev.codevault.backend.team;

import dev.codevault.common.team.MemberRole;

/** Converts between the server's {@link TeamRole} and the API's {@link MemberRole}, which name the same roles. */
final class TeamRoles {

    private TeamRoles() {
    }

    static MemberRole toApi(TeamRole role) {
        return MemberRole.valueOf(role.name());
    }

    static TeamRole fromApi(MemberRole role) {
        return TeamRole.valueOf(role.name());
    }
}
