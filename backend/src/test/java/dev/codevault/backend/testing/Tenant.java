package dev.codevault.backend.testing;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One team with its owner, as the isolation test sets it up, and the ids of the resources each
 * {@link TenantResourceFixture} created for it, by path variable name.
 */
public final class Tenant {

    private final Team team;
    private final User owner;
    private final String accessToken;
    private final Map<String, String> ids = new HashMap<>();

    public Tenant(Team team, User owner, String accessToken) {
        this.team = team;
        this.owner = owner;
        this.accessToken = accessToken;
    }

    /** Returns the team. */
    public Team team() {
        return team;
    }

    /** Returns the team's owner. */
    public User owner() {
        return owner;
    }

    /** Returns an access token of the owner, with a session. */
    public String accessToken() {
        return accessToken;
    }

    /** Returns the id a fixture created for a path variable, for fixtures that build on one another. */
    public Optional<String> id(String variable) {
        return Optional.ofNullable(ids.get(variable));
    }

    /** Returns every id created so far, by path variable name. */
    public Map<String, String> ids() {
        return Map.copyOf(ids);
    }

    /** Adds the ids a fixture created; the isolation test calls it. */
    public void record(Map<String, String> created) {
        ids.putAll(created);
    }
}
