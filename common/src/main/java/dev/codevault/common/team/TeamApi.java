package dev.codevault.common.team;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;

/**
 * Teams, their members and invitations. Every operation needs an access token. A team the caller is not a member
 * of returns 404, the same as a team that does not exist; a role too low for the operation returns 403. Admins
 * manage members and invitations except owners; only owners rename the team and grant, change or remove the
 * owner role. A team always keeps at least one owner, so the last owner can neither leave nor be demoted (409).
 */
public interface TeamApi {

    /** Lists the caller's teams, the personal team first. */
    @Get("/teams")
    List<TeamSummary> teams();

    /** Creates a team with the caller as its only owner. */
    @Post("/teams")
    @Status(HttpStatus.CREATED)
    TeamSummary createTeam(@Body @Valid CreateTeamRequest request);

    /** Returns one of the caller's teams. */
    @Get("/teams/{teamId}")
    TeamSummary team(@PathVariable UUID teamId);

    /** Renames a team; owners only. */
    @Patch("/teams/{teamId}")
    TeamSummary renameTeam(@PathVariable UUID teamId, @Body @Valid RenameTeamRequest request);

    /** Lists the members of a team. */
    @Get("/teams/{teamId}/members")
    List<TeamMember> members(@PathVariable UUID teamId);

    /** Gives a member another role; admins and owners, and only owners touch the owner role. */
    @Put("/teams/{teamId}/members/{userId}/role")
    TeamMember changeRole(@PathVariable UUID teamId, @PathVariable UUID userId, @Body @Valid RoleChange change);

    /**
     * Removes a member from a team. Every member may remove themselves (leave); removing others takes an admin,
     * and removing an owner takes an owner.
     */
    @Delete("/teams/{teamId}/members/{userId}")
    @Status(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable UUID teamId, @PathVariable UUID userId);

    /** Lists the invitations of a team that were not taken up yet; admins and owners. */
    @Get("/teams/{teamId}/invitations")
    List<Invitation> invitations(@PathVariable UUID teamId);

    /**
     * Invites a person by email and sends them a notice. The response is the same whether or not the address has an
     * account; the person joins at their next sign-in or token refresh.
     */
    @Post("/teams/{teamId}/invitations")
    @Status(HttpStatus.CREATED)
    Invitation invite(@PathVariable UUID teamId, @Body @Valid InviteRequest request);

    /** Withdraws an invitation; admins and owners. */
    @Delete("/teams/{teamId}/invitations/{invitationId}")
    @Status(HttpStatus.NO_CONTENT)
    void withdrawInvitation(@PathVariable UUID teamId, @PathVariable UUID invitationId);
}
