package dev.codevault.backend.testing;

import dev.codevault.backend.account.User;
import dev.codevault.backend.account.UserRepository;
import dev.codevault.backend.team.Membership;
import dev.codevault.backend.team.MembershipRepository;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRepository;
import dev.codevault.backend.team.TeamRole;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;

/** Creates accounts and teams straight in the database and signs access tokens for them, for API tests. */
@Singleton
public class TestAccounts {

    private static final int TOKEN_SECONDS = 900;

    private final UserRepository users;
    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final TokenGenerator tokens;
    private final Clock clock;

    TestAccounts(UserRepository users, TeamRepository teams, MembershipRepository memberships, TokenGenerator tokens,
                 Clock clock) {
        this.users = users;
        this.teams = teams;
        this.memberships = memberships;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Creates a person with a random email address. */
    public User createUser() {
        UUID id = UUID.randomUUID();
        return users.save(new User(id, "user-" + id + "@example.com", null, clock.instant()));
    }

    /** Creates a team without members. */
    public Team createTeam(String name) {
        return teams.save(new Team(UUID.randomUUID(), name, false, clock.instant()));
    }

    /** Adds a person to a team with a role. */
    public void addMember(Team team, User user, TeamRole role) {
        memberships.save(new Membership(new Membership.MembershipId(team.id(), user.id()), role, clock.instant()));
    }

    /** Returns a valid access token for the person. */
    public String accessToken(User user) {
        return accessToken(user, TOKEN_SECONDS);
    }

    /** Returns an access token for the person that expires after the given number of seconds. */
    public String accessToken(User user, int expiresInSeconds) {
        return tokens.generateToken(Authentication.build(user.id().toString()), expiresInSeconds)
                .orElseThrow(() -> new IllegalStateException("no token generator is configured"));
    }
}
