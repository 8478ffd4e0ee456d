package dev.codevault.backend.team;

import dev.codevault.backend.account.Accounts;
import dev.codevault.backend.account.EmailAddresses;
import dev.codevault.backend.error.ConflictException;
import dev.codevault.backend.error.NotFoundException;
import dev.codevault.backend.mail.Mailer;
import dev.codevault.backend.mail.OutgoingMail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invitations to teams. An invitation is taken up when the invited address signs in or refreshes its tokens, so
 * the response to an invitation is the same whether or not the address has an account.
 */
@Singleton
public class TeamInvitations {

    private static final Logger LOG = LoggerFactory.getLogger(TeamInvitations.class);
    private static final String TEAM = "team";

    private final TeamInvitationRepository invitations;
    private final MembershipRepository memberships;
    private final TeamService teams;
    private final TeamAccess access;
    private final Accounts accounts;
    private final Mailer mailer;
    private final Clock clock;

    TeamInvitations(TeamInvitationRepository invitations, MembershipRepository memberships, TeamService teams,
                    TeamAccess access, Accounts accounts, Mailer mailer, Clock clock) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.teams = teams;
        this.access = access;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Invites an address, or changes the role of its open invitation, and sends it a notice. */
    @Transactional
    public TeamInvitation invite(UUID userId, UUID teamId, String email, TeamRole role) {
        TeamRole callerRole = access.requireMember(userId, teamId, TEAM, teamId);
        TeamService.requireRightToManage(callerRole, TeamRole.MEMBER, role);
        String address = EmailAddresses.normalise(email);
        boolean member = accounts.findByEmail(address)
                .flatMap(user -> memberships.findById(new Membership.MembershipId(teamId, user.id())))
                .isPresent();
        if (member) {
            throw new ConflictException(address + " is a member of the team already. Change their role instead.");
        }

        TeamInvitation invitation = invitations.findByTeamIdAndEmail(teamId, address)
                .map(open -> invitations.update(new TeamInvitation(open.id(), teamId, address, role, userId,
                        clock.instant())))
                .orElseGet(() -> invitations.save(new TeamInvitation(UUID.randomUUID(), teamId, address, role,
                        userId, clock.instant())));
        Team team = teams.requireTeam(teamId);
        mailer.sendInBackground(notice(accounts.require(userId).email(), team, invitation));
        LOG.info("User {} invited an address to team {} as {}", userId, teamId, role);
        return invitation;
    }

    /** Lists the open invitations of a team; admins and owners. */
    public List<TeamInvitation> openInvitations(UUID userId, UUID teamId) {
        access.requireRole(userId, teamId, TeamRole.ADMIN, TEAM, teamId);
        return invitations.findByTeamIdOrderByCreatedAt(teamId);
    }

    /** Withdraws an open invitation; admins and owners. */
    @Transactional
    public void withdraw(UUID userId, UUID teamId, UUID invitationId) {
        access.requireRole(userId, teamId, TeamRole.ADMIN, TEAM, teamId);
        TeamInvitation invitation = invitations.findByIdAndTeamId(invitationId, teamId)
                .orElseThrow(() -> new NotFoundException("invitation", invitationId));
        invitations.delete(invitation);
    }

    /** Turns the open invitations of a signed-in address into memberships. */
    @Transactional
    public void acceptPending(UUID userId, String email) {
        for (TeamInvitation invitation : invitations.findByEmail(EmailAddresses.normalise(email))) {
            Membership.MembershipId id = new Membership.MembershipId(invitation.teamId(), userId);
            if (memberships.findById(id).isEmpty()) {
                memberships.save(new Membership(id, invitation.role(), clock.instant()));
                LOG.info("User {} joined team {} as {} by invitation", userId, invitation.teamId(),
                        invitation.role());
            }
            invitations.delete(invitation);
        }
    }

    private static OutgoingMail notice(String inviterEmail, Team team, TeamInvitation invitation) {
        String text = inviterEmail + " invited you to the team \"" + team.name() + "\" on CodeVault, as "
                + TeamService.name(invitation.role()) + ".\n\n"
                + "Sign in to CodeVault with this email address (" + invitation.email() + ") to join. No password is "
                + "needed: CodeVault emails you a one-time passcode.\n\n"
                + "If you did not expect this invitation, you can ignore this mail.\n";
        return new OutgoingMail(invitation.email(), "You are invited to " + team.name() + " on CodeVault", text);
    }
}
