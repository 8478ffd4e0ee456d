package dev.codevault.backend.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.auth.ClientInfo;
import dev.codevault.backend.auth.token.Sessions;
import dev.codevault.backend.testing.AuthClient;
import dev.codevault.backend.testing.Failures;
import dev.codevault.backend.testing.MailServer;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.auth.PasscodeRequest;
import dev.codevault.common.auth.PasscodeSent;
import dev.codevault.common.auth.PasscodeVerification;
import dev.codevault.common.auth.RefreshTokenRequest;
import dev.codevault.common.auth.SignInMethod;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.common.team.CreateTeamRequest;
import dev.codevault.common.team.Invitation;
import dev.codevault.common.team.InviteRequest;
import dev.codevault.common.team.MemberRole;
import dev.codevault.common.team.RenameTeamRequest;
import dev.codevault.common.team.RoleChange;
import dev.codevault.common.team.TeamMember;
import dev.codevault.common.team.TeamSummary;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The team API: creating and renaming teams, invitations by email, roles, and the last owner's place. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamApiTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final MailServer mail = MailServer.start();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AuthClient auth;

    @Inject
    TestAccounts accounts;

    @Inject
    Sessions sessions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.putAll(mail.serverProperties());
        properties.put("codevault.data-dir", TempFolders.create("codevault-teams").toString());
        return properties;
    }

    @AfterAll
    void stopServers() {
        mail.close();
        database.close();
    }

    @Nested
    class Teams {

        @Test
        void createsTeamOwnedByCaller() {
            String token = tokenOf(accounts.createUser());

            TeamSummary team = post("/teams", token, new CreateTeamRequest("Platform"), TeamSummary.class);

            assertThat(team.role()).isEqualTo(MemberRole.OWNER);
            assertThat(teamsOf(token)).extracting(TeamSummary::id).contains(team.id());
        }

        @Test
        void rejectsRenameByAdmin() {
            User owner = accounts.createUser();
            User admin = accounts.createUser();
            Team team = teamOf(owner);
            accounts.addMember(team, admin, TeamRole.ADMIN);

            HttpClientResponseException failure = Failures.of(() -> http.toBlocking().exchange(HttpRequest.PATCH(
                    "/teams/" + team.id(), new RenameTeamRequest("Mine")).bearerAuth(tokenOf(admin))));

            assertThat(failure.code()).isEqualTo(403);
        }
    }

    @Nested
    class Invitations {

        @Test
        void addsInvitedPersonAtSignIn() {
            User owner = accounts.createUser();
            Team team = teamOf(owner);
            String invited = "invited-" + UUID.randomUUID() + "@example.com";
            post("/teams/" + team.id() + "/invitations", tokenOf(owner), new InviteRequest(invited, MemberRole.ADMIN),
                    Invitation.class);
            assertThat(mail.awaitMailTo(invited)).contains("invited you to the team");

            TokenResponse tokens = signInWithPasscode(invited);

            assertThat(teamsOf(tokens.accessToken())).anySatisfy(summary -> {
                assertThat(summary.id()).isEqualTo(team.id());
                assertThat(summary.role()).isEqualTo(MemberRole.ADMIN);
            });
        }

        @Test
        void addsExistingAccountAtRefresh() {
            User owner = accounts.createUser();
            Team team = teamOf(owner);
            User existing = accounts.createUser();
            TokenResponse tokens = sessions.start(existing.id(), SignInMethod.PASSCODE,
                    new ClientInfo("127.0.0.1", "test")).tokens();
            post("/teams/" + team.id() + "/invitations", tokenOf(owner),
                    new InviteRequest(existing.email(), MemberRole.MEMBER), Invitation.class);

            TokenResponse refreshed = auth.refresh(new RefreshTokenRequest(tokens.refreshToken()));

            assertThat(teamsOf(refreshed.accessToken())).extracting(TeamSummary::id).contains(team.id());
        }

        @Test
        void rejectsOwnerInvitationByAdmin() {
            User owner = accounts.createUser();
            User admin = accounts.createUser();
            Team team = teamOf(owner);
            accounts.addMember(team, admin, TeamRole.ADMIN);

            HttpClientResponseException failure = Failures.of(() -> http.toBlocking().exchange(HttpRequest.POST(
                    "/teams/" + team.id() + "/invitations", new InviteRequest("x-" + UUID.randomUUID()
                            + "@example.com", MemberRole.OWNER)).bearerAuth(tokenOf(admin))));

            assertThat(failure.code()).isEqualTo(403);
        }

        @Test
        void withdrawsInvitation() {
            User owner = accounts.createUser();
            Team team = teamOf(owner);
            Invitation invitation = post("/teams/" + team.id() + "/invitations", tokenOf(owner),
                    new InviteRequest("gone-" + UUID.randomUUID() + "@example.com", MemberRole.MEMBER),
                    Invitation.class);

            http.toBlocking().exchange(HttpRequest.DELETE("/teams/" + team.id() + "/invitations/" + invitation.id())
                    .bearerAuth(tokenOf(owner)));

            assertThat(http.toBlocking().retrieve(HttpRequest.GET("/teams/" + team.id() + "/invitations")
                    .bearerAuth(tokenOf(owner)), Argument.listOf(Invitation.class))).isEmpty();
        }
    }

    @Nested
    class Members {

        @Test
        void keepsLastOwner() {
            User owner = accounts.createUser();
            Team team = teamOf(owner);

            HttpClientResponseException failure = Failures.of(() -> http.toBlocking().exchange(
                    HttpRequest.DELETE("/teams/" + team.id() + "/members/" + owner.id()).bearerAuth(tokenOf(owner))));

            assertThat(failure.code()).isEqualTo(409);
            assertThat(Failures.detailOf(failure)).contains("last owner");
        }

        @Test
        void refusesToDemoteLastOwner() {
            User owner = accounts.createUser();
            Team team = teamOf(owner);

            HttpClientResponseException failure = Failures.of(() -> http.toBlocking().exchange(HttpRequest.PUT(
                    "/teams/" + team.id() + "/members/" + owner.id() + "/role", new RoleChange(MemberRole.ADMIN))
                    .bearerAuth(tokenOf(owner))));

            assertThat(failure.code()).isEqualTo(409);
        }

        @Test
        void letsOwnerLeaveWhenAnotherOwnerStays() {
            User owner = accounts.createUser();
            User second = accounts.createUser();
            Team team = teamOf(owner);
            accounts.addMember(team, second, TeamRole.OWNER);

            http.toBlocking().exchange(HttpRequest.DELETE("/teams/" + team.id() + "/members/" + owner.id())
                    .bearerAuth(tokenOf(owner)));

            assertThat(membersOf(team, second)).extracting(TeamMember::userId).containsExactly(second.id());
        }

        @Test
        void rejectsAdminRemovingOwner() {
            User owner = accounts.createUser();
            User admin = accounts.createUser();
            Team team = teamOf(owner);
            accounts.addMember(team, admin, TeamRole.ADMIN);

            HttpClientResponseException failure = Failures.of(() -> http.toBlocking().exchange(
                    HttpRequest.DELETE("/teams/" + team.id() + "/members/" + owner.id()).bearerAuth(tokenOf(admin))));

            assertThat(failure.code()).isEqualTo(403);
        }

        @Test
        void letsAdminPromoteMember() {
            User owner = accounts.createUser();
            User admin = accounts.createUser();
            User member = accounts.createUser();
            Team team = teamOf(owner);
            accounts.addMember(team, admin, TeamRole.ADMIN);
            accounts.addMember(team, member, TeamRole.MEMBER);

            TeamMember changed = http.toBlocking().retrieve(HttpRequest.PUT("/teams/" + team.id() + "/members/"
                    + member.id() + "/role", new RoleChange(MemberRole.ADMIN)).bearerAuth(tokenOf(admin)),
                    TeamMember.class);

            assertThat(changed.role()).isEqualTo(MemberRole.ADMIN);
        }

        @Test
        void rejectsMemberRemovingOthers() {
            User owner = accounts.createUser();
            User member = accounts.createUser();
            Team team = teamOf(owner);
            accounts.addMember(team, member, TeamRole.MEMBER);

            HttpClientResponseException failure = Failures.of(() -> http.toBlocking().exchange(
                    HttpRequest.DELETE("/teams/" + team.id() + "/members/" + owner.id()).bearerAuth(tokenOf(member))));

            assertThat(failure.code()).isEqualTo(403);
        }
    }

    private TokenResponse signInWithPasscode(String email) {
        PasscodeSent sent = auth.requestPasscode(new PasscodeRequest(email));
        return auth.verifyPasscode(new PasscodeVerification(sent.attemptId(), mail.awaitPasscodeFor(email)));
    }

    private List<TeamMember> membersOf(Team team, User caller) {
        return http.toBlocking().retrieve(HttpRequest.GET("/teams/" + team.id() + "/members")
                .bearerAuth(tokenOf(caller)), Argument.listOf(TeamMember.class));
    }

    private Team teamOf(User owner) {
        Team team = accounts.createTeam("Team of " + owner.id());
        accounts.addMember(team, owner, TeamRole.OWNER);
        return team;
    }

    private List<TeamSummary> teamsOf(String token) {
        return http.toBlocking().retrieve(HttpRequest.GET("/teams").bearerAuth(token),
                Argument.listOf(TeamSummary.class));
    }

    private <T> T post(String path, String token, Object body, Class<T> type) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), type);
    }

    private String tokenOf(User user) {
        return accounts.accessToken(user);
    }
}
