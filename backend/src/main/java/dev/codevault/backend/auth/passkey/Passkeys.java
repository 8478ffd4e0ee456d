package dev.codevault.backend.auth.passkey;

import static dev.codevault.backend.persistence.UuidBytesConverter.toBytes;

import dev.codevault.backend.account.Accounts;
import dev.codevault.backend.account.User;
import dev.codevault.backend.auth.SignInRejectedException;
import dev.codevault.backend.auth.token.OpaqueTokens;
import dev.codevault.backend.error.ConflictException;
import dev.codevault.backend.error.InvalidRequestException;
import dev.codevault.backend.error.NotFoundException;
import dev.codevault.backend.persistence.UuidBytesConverter;
import dev.codevault.common.auth.CredentialDescriptor;
import dev.codevault.common.auth.PasskeyCreationChallenge;
import dev.codevault.common.auth.PasskeyCreationOptions;
import dev.codevault.common.auth.PasskeyInfo;
import dev.codevault.common.auth.PasskeyRegistration;
import dev.codevault.common.auth.PasskeyRequestChallenge;
import dev.codevault.common.auth.PasskeyRequestOptions;
import dev.codevault.common.auth.PasskeySignIn;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passkeys: registration for a signed-in person, sign-in with a discoverable credential, and the owner's list,
 * rename and delete. Every challenge is stored, works once and expires; user verification is required; the
 * signature counter must increase whenever the authenticator counts.
 */
@Singleton
public class Passkeys {

    private static final Logger LOG = LoggerFactory.getLogger(Passkeys.class);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String PUBLIC_KEY = "public-key";
    private static final String REQUIRED = "required";
    private static final int CHALLENGE_BYTES = 32;
    private static final String CHALLENGE_CLOSED = "This passkey request expired or was answered already. Start "
            + "again.";

    private final PasskeyRepository passkeys;
    private final CeremonyRepository ceremonies;
    private final WebAuthnVerifier verifier;
    private final RelyingParty relyingParty;
    private final WebAuthnSettings settings;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Passkeys(PasskeyRepository passkeys, CeremonyRepository ceremonies, WebAuthnVerifier verifier,
             RelyingParty relyingParty, WebAuthnSettings settings, Accounts accounts, Clock clock) {
        this.passkeys = passkeys;
        this.ceremonies = ceremonies;
        this.verifier = verifier;
        this.relyingParty = relyingParty;
        this.settings = settings;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Starts the registration of a passkey for a signed-in person. */
    @Transactional
    public PasskeyCreationChallenge registrationOptions(UUID userId) {
        User user = accounts.require(userId);
        Ceremony ceremony = newCeremony(CeremonyKind.REGISTRATION, userId);
        List<CredentialDescriptor> existing = passkeys.findByUserIdOrderByCreatedAt(userId).stream()
                .map(passkey -> new CredentialDescriptor(PUBLIC_KEY, BASE64URL.encodeToString(passkey.credentialId()),
                        transports(passkey)))
                .toList();
        PasskeyCreationOptions options = new PasskeyCreationOptions(
                new PasskeyCreationOptions.RelyingParty(relyingParty.id(), relyingParty.name()),
                new PasskeyCreationOptions.User(BASE64URL.encodeToString(UuidBytesConverter.toBytes(userId)),
                        user.email(), user.displayName() == null ? user.email() : user.displayName()),
                BASE64URL.encodeToString(ceremony.challenge()),
                WebAuthnVerifier.ALGORITHMS.stream()
                        .map(alg -> new PasskeyCreationOptions.KeyType(PUBLIC_KEY, (int) alg.getValue()))
                        .toList(),
                settings.challengeLifetime().toMillis(),
                existing,
                new PasskeyCreationOptions.AuthenticatorSelection(REQUIRED, true, REQUIRED),
                "none");
        return new PasskeyCreationChallenge(ceremony.id(), options);
    }

    /**
     * Registers the passkey the browser created.
     *
     * @throws InvalidRequestException when the challenge is closed or the response fails verification
     * @throws ConflictException       when the credential is registered already
     */
    @Transactional(noRollbackFor = InvalidRequestException.class)
    public PasskeyInfo register(UUID userId, PasskeyRegistration registration) {
        Ceremony ceremony = consume(registration.ceremonyId(), CeremonyKind.REGISTRATION, userId)
                .orElseThrow(() -> new InvalidRequestException(CHALLENGE_CLOSED));
        WebAuthnVerifier.NewCredential credential;
        try {
            credential = verifier.verifyRegistration(registration.credential(), ceremony.challenge());
        } catch (WebAuthnRejection e) {
            LOG.info("Passkey registration of user {} rejected: {}", userId, e.getMessage());
            throw new InvalidRequestException("The new passkey was not accepted: " + e.getMessage() + ". Try again.",
                    e);
        }
        byte[] key = credentialKey(credential.credentialId());
        if (passkeys.findByCredentialKey(key).isPresent()) {
            throw new ConflictException("This passkey is registered already. Use it to sign in, or create another.");
        }

        Instant now = clock.instant();
        String name = registration.name() == null || registration.name().isBlank()
                ? "Passkey " + (passkeys.findByUserIdOrderByCreatedAt(userId).size() + 1)
                : registration.name().strip();
        Passkey passkey = passkeys.save(new Passkey(UUID.randomUUID(), userId, key, credential.credentialId(), name,
                credential.attestedCredentialData(), credential.signCount(), credential.userVerified(),
                credential.backupEligible(), credential.backedUp(), credential.transports(), now, null));
        LOG.info("User {} registered passkey {}", userId, passkey.id());
        return info(passkey);
    }

    /** Starts a sign-in with a discoverable passkey. */
    @Transactional
    public PasskeyRequestChallenge signInOptions() {
        Ceremony ceremony = newCeremony(CeremonyKind.SIGN_IN, null);
        return new PasskeyRequestChallenge(ceremony.id(), new PasskeyRequestOptions(
                BASE64URL.encodeToString(ceremony.challenge()), settings.challengeLifetime().toMillis(),
                relyingParty.id(), REQUIRED));
    }

    /**
     * Verifies a passkey sign-in.
     *
     * @return the id of the person who signed in
     * @throws InvalidRequestException when a binary field is not base64url or the type is not public-key, which is
     *                                 checked before the challenge is spent
     * @throws SignInRejectedException when the challenge is closed, the passkey is unknown or not the user's, or the
     *                                 assertion fails verification
     */
    @Transactional(noRollbackFor = SignInRejectedException.class)
    public UUID verifySignIn(PasskeySignIn signIn) {
        AssertionForm.check(signIn.credential());

        Ceremony ceremony = consume(signIn.ceremonyId(), CeremonyKind.SIGN_IN, null)
                .orElseThrow(() -> new SignInRejectedException(CHALLENGE_CLOSED));
        byte[] credentialId = decode(WebAuthnVerifier.CREDENTIAL_ID, signIn.credential().id());
        Passkey passkey = passkeys.findByCredentialKey(credentialKey(credentialId))
                .orElseThrow(() -> new SignInRejectedException("This passkey is not registered with CodeVault, or "
                        + "it was deleted. Sign in with an emailed passcode and create a new passkey."));
        requireOwner(passkey, signIn.credential().response().userHandle());

        WebAuthnVerifier.AssertionResult result;
        try {
            result = verifier.verifyAssertion(signIn.credential(), passkey, ceremony.challenge());
        } catch (WebAuthnRejection e) {
            LOG.warn("Passkey {} of user {} was rejected at sign-in: {}", passkey.id(), passkey.userId(),
                    e.getMessage());
            throw new SignInRejectedException("The passkey was not accepted: " + e.getMessage() + ".", e);
        }
        if (passkeys.recordUse(passkey.id(), passkey.signCount(), result.signCount(),
                passkey.uvInitialized() || result.userVerified(), result.backedUp(), clock.instant()) != 1) {
            throw new SignInRejectedException("The passkey was used by another sign-in at the same moment. Try "
                    + "again.");
        }
        return passkey.userId();
    }

    /** Lists a person's passkeys, oldest first. */
    public List<PasskeyInfo> list(UUID userId) {
        return passkeys.findByUserIdOrderByCreatedAt(userId).stream().map(Passkeys::info).toList();
    }

    /**
     * Renames a passkey of a person.
     *
     * @throws NotFoundException when the person has no passkey with that id
     */
    @Transactional
    public PasskeyInfo rename(UUID userId, UUID passkeyId, String name) {
        Passkey passkey = requireOwn(userId, passkeyId);
        return info(passkeys.update(new Passkey(passkey.id(), passkey.userId(), passkey.credentialKey(),
                passkey.credentialId(), name.strip(), passkey.attestedCredentialData(), passkey.signCount(),
                passkey.uvInitialized(), passkey.backupEligible(), passkey.backedUp(), passkey.transports(),
                passkey.createdAt(), passkey.lastUsedAt())));
    }

    /**
     * Deletes a passkey of a person; it no longer signs in.
     *
     * @throws NotFoundException when the person has no passkey with that id
     */
    @Transactional
    public void delete(UUID userId, UUID passkeyId) {
        passkeys.delete(requireOwn(userId, passkeyId));
        LOG.info("User {} deleted passkey {}", userId, passkeyId);
    }

    private Ceremony newCeremony(CeremonyKind kind, UUID userId) {
        byte[] challenge = new byte[CHALLENGE_BYTES];
        random.nextBytes(challenge);
        Instant now = clock.instant();
        return ceremonies.save(new Ceremony(UUID.randomUUID(), kind, userId, challenge, now,
                now.plus(settings.challengeLifetime()), null));
    }

    /** Uses up a challenge of the right kind and owner; a challenge is spent even when its response fails. */
    private Optional<Ceremony> consume(UUID ceremonyId, CeremonyKind kind, UUID userId) {
        Instant now = clock.instant();
        Optional<Ceremony> found = ceremonies.findById(ceremonyId);
        if (found.isEmpty() || found.get().kind() != kind) {
            return Optional.empty();
        }
        Ceremony ceremony = found.get();
        if (userId != null && !userId.equals(ceremony.userId())) {
            return Optional.empty();
        }
        if (ceremonies.consumeRow(ceremonyId, now) != 1 || !now.isBefore(ceremony.expiresAt())) {
            return Optional.empty();
        }
        return found;
    }

    /** A discoverable credential names its owner in the user handle; it must be the passkey's owner. */
    private static void requireOwner(Passkey passkey, String userHandle) {
        byte[] handle = userHandle == null ? null : decode(WebAuthnVerifier.USER_HANDLE, userHandle);
        if (handle == null || !MessageDigest.isEqual(handle, toBytes(passkey.userId()))) {
            LOG.warn("A sign-in presented passkey {} with a user handle that is not its owner's", passkey.id());
            throw new SignInRejectedException("The passkey does not belong to the account it names. Sign in with an "
                    + "emailed passcode.");
        }
    }

    private Passkey requireOwn(UUID userId, UUID passkeyId) {
        return passkeys.findByIdAndUserId(passkeyId, userId)
                .orElseThrow(() -> new NotFoundException("passkey", passkeyId));
    }

    private static byte[] decode(String field, String base64url) {
        try {
            return WebAuthnVerifier.decode(field, base64url);
        } catch (WebAuthnRejection e) {
            throw new SignInRejectedException("The passkey response is malformed: " + e.getMessage() + ".", e);
        }
    }

    private static byte[] credentialKey(byte[] credentialId) {
        return OpaqueTokens.hash(Base64.getUrlEncoder().withoutPadding().encodeToString(credentialId));
    }

    private static List<String> transports(Passkey passkey) {
        return Arrays.stream(passkey.transports().split(",")).filter(value -> !value.isBlank()).toList();
    }

    private static PasskeyInfo info(Passkey passkey) {
        return new PasskeyInfo(passkey.id(), passkey.name(), passkey.createdAt(), passkey.lastUsedAt(),
                passkey.backupEligible(), passkey.backedUp());
    }
}
