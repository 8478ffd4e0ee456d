package dev.codevault.common.team;

import io.micronaut.serde.annotation.Serdeable;

/** Role of a member in a team; each role includes the rights of the ones before it. */
@Serdeable
public enum MemberRole {
    /** Reads the team's projects and vaults and adds code. */
    MEMBER,
    /** Also manages projects, vaults, invitations and members other than owners. */
    ADMIN,
    /** Also manages owners and the team itself. */
    OWNER
}
