package dev.codevault.backend.auth;

import dev.codevault.backend.account.Accounts;
import dev.codevault.backend.account.User;
import dev.codevault.backend.auth.passcode.Passcodes;
import dev.codevault.backend.auth.passkey.Passkeys;
import dev.codevault.backend.auth.token.IssuedTokens;
import dev.codevault.backend.auth.token.Sessions;
import dev.codevault.backend.team.TeamInvitations;
import dev.codevault.backend.team.TeamService;
import dev.codevault.common.auth.PasskeySignIn;
import dev.codevault.common.auth.SignInMethod;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Turns a verified passcode or passkey into a session: finds or creates the account, takes up its open team
 * invitations, then issues tokens. Refreshes take up new invitations too, so an invited person joins within one
 * access-token lifetime.
 */
@Singleton
public class SignIns {

    private final Passcodes passcodes;
    private final Passkeys passkeys;
    private final Accounts accounts;
    private final TeamService teams;
    private final TeamInvitations invitations;
    private final Sessions sessions;
    private final AuthSettings settings;

    SignIns(Passcodes passcodes, Passkeys passkeys, Accounts accounts, TeamService teams,
            TeamInvitations invitations, Sessions sessions, AuthSettings settings) {
        this.passcodes = passcodes;
        this.passkeys = passkeys;
        this.accounts = accounts;
        this.teams = teams;
        this.invitations = invitations;
        this.sessions = sessions;
        this.settings = settings;
    }

    /**
     * Signs in with an emailed passcode.
     *
     * @throws SignInRejectedException when the passcode is not accepted, or sign-up is closed and the address has
     *                                 neither an account nor an invitation
     */
    public IssuedTokens withPasscode(UUID attemptId, String code, ClientInfo client) {
        String email = passcodes.verify(attemptId, code);
        boolean allowed = settings.openSignUp() || accounts.findByEmail(email).isPresent() || teams.isInvited(email);
        if (!allowed) {
            throw new SignInRejectedException("This server accepts only invited people. Ask a team owner to invite "
                    + "your email address.");
        }
        return complete(accounts.findOrCreate(email), SignInMethod.PASSCODE, client);
    }

    /**
     * Signs in with a passkey.
     *
     * @throws SignInRejectedException when the assertion is not accepted
     */
    public IssuedTokens withPasskey(PasskeySignIn signIn, ClientInfo client) {
        UUID userId = passkeys.verifySignIn(signIn);
        return complete(accounts.require(userId), SignInMethod.PASSKEY, client);
    }

    /** Replaces a refresh token with new tokens and takes up invitations that arrived since. */
    public IssuedTokens refresh(String refreshToken) {
        IssuedTokens issued = sessions.refresh(refreshToken);
        accounts.findById(issued.userId()).ifPresent(user -> invitations.acceptPending(user.id(), user.email()));
        return issued;
    }

    private IssuedTokens complete(User user, SignInMethod method, ClientInfo client) {
        invitations.acceptPending(user.id(), user.email());
        return sessions.start(user.id(), method, client);
    }
}
