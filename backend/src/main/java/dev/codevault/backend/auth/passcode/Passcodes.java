package dev.codevault.backend.auth.passcode;

import dev.codevault.backend.account.Accounts;
import dev.codevault.backend.account.EmailAddresses;
import dev.codevault.backend.auth.AuthSettings;
import dev.codevault.backend.auth.ClientInfo;
import dev.codevault.backend.auth.SignInRejectedException;
import dev.codevault.backend.auth.TooManyRequestsException;
import dev.codevault.backend.mail.MailServerUnavailableException;
import dev.codevault.backend.mail.Mailer;
import dev.codevault.backend.mail.OutgoingMail;
import dev.codevault.backend.team.TeamService;
import dev.codevault.common.auth.PasscodeSent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emailed one-time passcodes: single use, short-lived, a few attempts each, only the newest one per address
 * valid, rate-limited per address and per client. A request does the same work whether or not the address has an
 * account, and the mail leaves in the background, so neither the response nor its timing reveals who has one. That
 * work includes a connection to the SMTP server before anything is stored, so a server that cannot send mail reports
 * that to every request alike instead of promising a mail that never arrives.
 */
@Singleton
public class Passcodes {

    private static final Logger LOG = LoggerFactory.getLogger(Passcodes.class);
    private static final String CLOSED = "This passcode expired, was used already or was replaced by a newer one. "
            + "Request a new passcode.";

    private final PasscodeRepository passcodes;
    private final PasscodeStore store;
    private final PasscodeCodes codes;
    private final Accounts accounts;
    private final TeamService teams;
    private final Mailer mailer;
    private final AuthSettings settings;
    private final Clock clock;

    Passcodes(PasscodeRepository passcodes, PasscodeStore store, PasscodeCodes codes, Accounts accounts,
              TeamService teams, Mailer mailer, AuthSettings settings, Clock clock) {
        this.passcodes = passcodes;
        this.store = store;
        this.codes = codes;
        this.accounts = accounts;
        this.teams = teams;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Creates a passcode for an address and sends it if the address may sign in. Not transactional, so no database
     * connection is held while the SMTP server is checked, which can take up to the SMTP timeout.
     *
     * @throws TooManyRequestsException         when the address or the client asked too often within the window
     * @throws PasscodeMailUnavailableException when the SMTP server cannot be used; nothing is stored then
     */
    public PasscodeSent request(String email, ClientInfo client) {
        String address = EmailAddresses.normalise(email);
        // The SMTP check comes before the limits: requests waiting for a slow check would otherwise all pass the
        // limits first and then each store a passcode.
        requireMailServer();
        Instant now = clock.instant();
        requireUnderLimits(address, client, now);
        boolean maySignIn = maySignIn(address);

        String code = codes.generate();
        UUID attemptId = UUID.randomUUID();
        Instant expiresAt = now.plus(settings.passcode().lifetime());
        store.replaceOpen(new Passcode(attemptId, address, codes.hash(attemptId, code), client.address(), now,
                expiresAt, 0, null));

        if (maySignIn) {
            deliver(address, code);
        } else {
            LOG.info("A passcode was requested for an address without an account or invitation; none was sent");
        }
        return new PasscodeSent(attemptId, expiresAt);
    }

    /**
     * Checks a passcode and closes it.
     *
     * @return the address the passcode was sent to
     * @throws SignInRejectedException when the attempt is unknown, closed, expired, out of attempts or the code is
     *                                 wrong
     */
    @Transactional(noRollbackFor = SignInRejectedException.class)
    public String verify(UUID attemptId, String typedCode) {
        Instant now = clock.instant();
        Passcode passcode = passcodes.findById(attemptId).orElseThrow(() -> new PasscodeClosedException(CLOSED));
        int maxAttempts = settings.passcode().maxAttempts();
        if (passcodes.countAttempt(attemptId, now, maxAttempts) != 1) {
            throw new PasscodeClosedException(CLOSED);
        }
        int attemptsLeft = maxAttempts - passcode.failedAttempts() - 1;

        if (!PasscodeCodes.same(passcode.codeHash(), codes.hash(attemptId, typedCode))) {
            throw wrongCode(attemptId, attemptsLeft, now);
        }
        if (passcodes.consume(attemptId, now) != 1) {
            throw new PasscodeClosedException(CLOSED);
        }
        return passcode.email();
    }

    private void requireUnderLimits(String address, ClientInfo client, Instant now) {
        AuthSettings.Passcode limits = settings.passcode();
        Instant since = now.minus(limits.rateLimitWindow());
        List<Instant> byEmail = passcodes.findCreatedAtByEmailAndCreatedAtGreaterThanOrderByCreatedAt(address, since);
        if (byEmail.size() >= limits.maxPerEmail()) {
            Duration wait = waitUntilFree(byEmail, limits.maxPerEmail(), now);
            throw new TooManyRequestsException("Too many passcodes were requested for this email address. Use the "
                    + "newest one, or wait " + inMinutes(wait) + " and request another.", wait);
        }
        List<Instant> byClient = passcodes.findCreatedAtByClientAddressAndCreatedAtGreaterThanOrderByCreatedAt(
                client.address(), since);
        if (byClient.size() >= limits.maxPerClientAddress()) {
            LOG.warn("Client {} reached the passcode request limit", client.address());
            Duration wait = waitUntilFree(byClient, limits.maxPerClientAddress(), now);
            throw new TooManyRequestsException("Too many passcodes were requested from your network. Wait "
                    + inMinutes(wait) + " and try again.", wait);
        }
    }

    /**
     * Returns how long until the sliding window contains fewer requests than the limit, rounded up to whole seconds.
     * That is when the request that must leave the window, counted from the oldest, is a whole window old.
     *
     * @param requested when the requests in the window were made, oldest first, at least {@code limit} of them
     */
    private Duration waitUntilFree(List<Instant> requested, int limit, Instant now) {
        Instant free = requested.get(requested.size() - limit).plus(settings.passcode().rateLimitWindow());
        long millis = Math.max(0, Duration.between(now, free).toMillis());
        return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
    }

    /** Returns the wait in whole minutes, rounded up, such as "1 minute" or "12 minutes". */
    private static String inMinutes(Duration wait) {
        long minutes = (wait.toSeconds() + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** Looks up the account and the invitations whatever the setting, so every request does the same work. */
    private boolean maySignIn(String address) {
        boolean known = accounts.findByEmail(address).isPresent();
        boolean invited = teams.isInvited(address);
        return settings.openSignUp() || known || invited;
    }

    /**
     * Checks the connection to the SMTP server for every address, whether or not a mail follows, so the response and
     * its timing stay the same for all addresses. Without SMTP settings there is nothing to check.
     */
    private void requireMailServer() {
        if (!mailer.isConfigured()) {
            return;
        }
        try {
            mailer.checkConnection();
        } catch (MailServerUnavailableException e) {
            throw new PasscodeMailUnavailableException(e);
        }
    }

    private void deliver(String address, String code) {
        if (!mailer.isConfigured()) {
            // The only place a passcode is ever logged: a server without SMTP settings is a development server.
            LOG.warn("DEVELOPMENT MODE (no SMTP server configured): the sign-in passcode for {} is {}", address, code);
            return;
        }
        long minutes = settings.passcode().lifetime().toMinutes();
        // NOTE: an SMTP server that accepted the connection check but then rejects this mail, for example its
        // sender, is only logged as an error, because the response has already promised the mail.
        mailer.sendInBackground(new OutgoingMail(address, "Your CodeVault sign-in passcode",
                "Your CodeVault sign-in passcode is\n\n    " + code + "\n\n"
                        + "It works once, for " + minutes + " minutes. If you did not try to sign in to CodeVault, "
                        + "ignore this mail: nobody can sign in without the passcode.\n"));
    }

    private SignInRejectedException wrongCode(UUID attemptId, int attemptsLeft, Instant now) {
        if (attemptsLeft > 0) {
            return new SignInRejectedException("The passcode is wrong. Check the mail and try again; " + attemptsLeft
                    + (attemptsLeft == 1 ? " attempt is" : " attempts are") + " left.");
        }
        passcodes.consume(attemptId, now);
        return new PasscodeClosedException("The passcode is wrong and no attempts are left. Request a new passcode.");
    }
}
