package dev.codevault.backend.team;

/** What a member may do in a team; each role includes the rights of the ones below it. */
public enum TeamRole {
    /** Reads the team's projects and vaults and adds code. */
    MEMBER,
    /** Also manages projects, vaults and members other than owners. */
    ADMIN,
    /** Also manages owners and the team itself. */
    OWNER;

    /** Returns whether this role has at least the rights of the other one. */
    public boolean includes(TeamRole other) {
        return compareTo(other) >= 0;
    }
}
