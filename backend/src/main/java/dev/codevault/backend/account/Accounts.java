package dev.codevault.backend.account;

import dev.codevault.backend.error.NotFoundException;
import dev.codevault.backend.team.TeamService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds and creates accounts. An account is created at its first sign-in, together with its personal team. */
@Singleton
public class Accounts {

    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    private final UserRepository users;
    private final TeamService teams;
    private final Clock clock;

    Accounts(UserRepository users, TeamService teams, Clock clock) {
        this.users = users;
        this.teams = teams;
        this.clock = clock;
    }

    /** Finds the account of an email address in any letter case. */
    public Optional<User> findByEmail(String email) {
        return users.findByEmail(EmailAddresses.normalise(email));
    }

    /** Finds an account by id. */
    public Optional<User> findById(UUID id) {
        return users.findById(id);
    }

    /**
     * Returns an account by id.
     *
     * @throws NotFoundException when it was deleted
     */
    public User require(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    /**
     * Returns the account of a verified email address, creating it and its personal team at the first sign-in.
     *
     * <p>NOTE: two first sign-ins of one address at the same moment both try to create it; the unique email
     * constraint stops the second, which fails with a server error and succeeds when tried again.
     */
    @Transactional
    public User findOrCreate(String email) {
        String normalised = EmailAddresses.normalise(email);
        Optional<User> existing = users.findByEmail(normalised);
        if (existing.isPresent()) {
            return existing.get();
        }
        User user = users.save(new User(UUID.randomUUID(), normalised, null, clock.instant()));
        teams.createPersonalTeam(user.id(), normalised);
        LOG.info("Created account {} and its personal team", user.id());
        return user;
    }

    /** Sets or, when blank, removes the display name of an account. */
    @Transactional
    public User updateDisplayName(UUID userId, @Nullable String displayName) {
        User user = require(userId);
        String name = displayName == null || displayName.isBlank() ? null : displayName.strip();
        return users.update(new User(user.id(), user.email(), name, user.createdAt()));
    }
}
