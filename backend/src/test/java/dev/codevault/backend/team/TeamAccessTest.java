package dev.codevault.backend.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codevault.backend.account.User;
import dev.codevault.backend.account.UserRepository;
import dev.codevault.backend.error.ForbiddenException;
import dev.codevault.backend.error.NotFoundException;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.TestAccounts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Accounts, teams and memberships on MariaDB, and the membership check every team endpoint goes through. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamAccessTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    TestAccounts accounts;

    @Inject
    TeamAccess access;

    @Inject
    UserRepository users;

    @Inject
    MembershipRepository memberships;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.put("codevault.data-dir", TempFolders.create("codevault-team").toString());
        return properties;
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void storesUserIdAsSixteenBytes() throws Exception {
        User user = accounts.createUser();

        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT LENGTH(id) FROM users WHERE email = ?")) {
            select.setString(1, user.email());
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(16);
            }
        }
    }

    @Test
    void findsUserByEmail() {
        User user = accounts.createUser();

        assertThat(users.findByEmail(user.email())).hasValueSatisfying(
                found -> assertThat(found.id()).isEqualTo(user.id()));
    }

    @Test
    void listsMembershipsOfUser() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Platform");
        accounts.addMember(team, user, TeamRole.ADMIN);

        assertThat(memberships.findByIdUserId(user.id()))
                .extracting(membership -> membership.id().teamId(), Membership::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(team.id(), TeamRole.ADMIN));
    }

    @Test
    void returnsRoleOfMember() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Platform");
        accounts.addMember(team, user, TeamRole.MEMBER);

        assertThat(access.requireMember(user.id(), team.id(), "team", team.id())).isEqualTo(TeamRole.MEMBER);
    }

    @Test
    void hidesTeamFromOutsider() {
        User outsider = accounts.createUser();
        Team team = accounts.createTeam("Platform");
        UUID vaultId = UUID.randomUUID();

        assertThatThrownBy(() -> access.requireMember(outsider.id(), team.id(), "vault", vaultId))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(vaultId.toString());
    }

    @Test
    void rejectsRoleBelowRequired() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Platform");
        accounts.addMember(team, user, TeamRole.MEMBER);

        assertThatThrownBy(() -> access.requireRole(user.id(), team.id(), TeamRole.ADMIN, "team", team.id()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("admin");
    }
}
