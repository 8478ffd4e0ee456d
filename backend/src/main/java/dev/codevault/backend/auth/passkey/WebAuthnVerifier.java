package dev.codevault.backend.auth.passkey;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecord;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.exception.WebAuthnException;
import com.webauthn4j.verifier.exception.BadAlgorithmException;
import com.webauthn4j.verifier.exception.BadBackupEligibleFlagException;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.BadSignatureException;
import com.webauthn4j.verifier.exception.BadTopOriginException;
import com.webauthn4j.verifier.exception.CredentialIdTooLongException;
import com.webauthn4j.verifier.exception.CrossOriginException;
import com.webauthn4j.verifier.exception.IllegalBackupStateException;
import com.webauthn4j.verifier.exception.InconsistentClientDataTypeException;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import com.webauthn4j.verifier.exception.MissingChallengeException;
import com.webauthn4j.verifier.exception.NotAllowedAlgorithmException;
import com.webauthn4j.verifier.exception.NotAllowedCredentialIdException;
import com.webauthn4j.verifier.exception.PublicKeyMismatchException;
import com.webauthn4j.verifier.exception.TokenBindingException;
import com.webauthn4j.verifier.exception.UnexpectedExtensionException;
import com.webauthn4j.verifier.exception.UserNotPresentException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import dev.codevault.common.auth.AssertionCredential;
import dev.codevault.common.auth.RegistrationCredential;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies WebAuthn registrations and assertions with webauthn4j, always requiring user verification and presence,
 * and keeps webauthn4j's types and exceptions inside. Attestation is not checked (attestation {@code none}), which
 * suits passkeys from any authenticator.
 */
@Singleton
class WebAuthnVerifier {

    /** Key types offered to authenticators, most preferred first: ES256, EdDSA, RS256. */
    static final List<COSEAlgorithmIdentifier> ALGORITHMS = List.of(COSEAlgorithmIdentifier.ES256,
            COSEAlgorithmIdentifier.EdDSA, COSEAlgorithmIdentifier.RS256);

    /** Paths in the request bodies of registration and sign-in to the values that are base64url. */
    static final String CREDENTIAL_ID = "credential.id";
    static final String CLIENT_DATA = "credential.response.clientDataJSON";
    static final String ATTESTATION_OBJECT = "credential.response.attestationObject";
    static final String AUTHENTICATOR_DATA = "credential.response.authenticatorData";
    static final String SIGNATURE = "credential.response.signature";
    static final String USER_HANDLE = "credential.response.userHandle";

    private static final Logger LOG = LoggerFactory.getLogger(WebAuthnVerifier.class);
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();
    private static final List<PublicKeyCredentialParameters> KEY_PARAMETERS = ALGORITHMS.stream()
            .map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, alg))
            .toList();

    /** Reasons for webauthn4j's failure kinds, checked in order. */
    private static final List<Reason> REASONS = List.of(
            new Reason(BadChallengeException.class,
                    "it responds to another challenge than the one issued for this request"),
            new Reason(MissingChallengeException.class, "it contains no challenge"),
            new Reason(BadOriginException.class, "it was made on a web page this server does not accept (origin)"),
            new Reason(BadTopOriginException.class,
                    "it was made in a frame of a web page this server does not accept (top origin)"),
            new Reason(CrossOriginException.class, "it was made in a frame that another site embedded"),
            new Reason(BadRpIdException.class, "it was made for another site (RP id)"),
            new Reason(InconsistentClientDataTypeException.class,
                    "it belongs to another step: a registration where a sign-in was expected, or the reverse"),
            new Reason(UserNotVerifiedException.class,
                    "the authenticator did not verify you with biometrics or a PIN"),
            new Reason(UserNotPresentException.class, "the authenticator did not confirm your presence"),
            new Reason(MaliciousCounterValueException.class,
                    "its signature counter did not increase, which is a sign of a copied authenticator"),
            new Reason(BadSignatureException.class, "its signature is not valid"),
            new Reason(BadAlgorithmException.class, "its key type is not one of ES256, EdDSA and RS256"),
            new Reason(NotAllowedAlgorithmException.class, "its key type is not one of ES256, EdDSA and RS256"),
            new Reason(PublicKeyMismatchException.class,
                    "its public key is not the one the authenticator attested"),
            new Reason(CredentialIdTooLongException.class,
                    "its credential id is longer than the 1023 bytes that WebAuthn allows"),
            new Reason(NotAllowedCredentialIdException.class, "it was made with a passkey this request does not allow"),
            new Reason(BadBackupEligibleFlagException.class,
                    "its backup flags contradict what the passkey reported before"),
            new Reason(IllegalBackupStateException.class, "its backup flags contradict each other"),
            new Reason(UnexpectedExtensionException.class, "it contains an extension this server did not request"),
            new Reason(TokenBindingException.class, "its token binding does not match this connection"));

    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
    private final AttestedCredentialDataConverter credentialDataConverter =
            new AttestedCredentialDataConverter(converter);
    private final RelyingParty relyingParty;

    WebAuthnVerifier(RelyingParty relyingParty) {
        this.relyingParty = relyingParty;
    }

    /**
     * Verifies a new credential against the challenge it responds to.
     *
     * @throws WebAuthnRejection when the browser's response is malformed or fails a check
     */
    NewCredential verifyRegistration(RegistrationCredential credential, byte[] challenge) {
        RegistrationRequest request = new RegistrationRequest(
                decode(ATTESTATION_OBJECT, credential.response().attestationObject()),
                decode(CLIENT_DATA, credential.response().clientDataJSON()), null,
                credential.response().transports() == null ? null : Set.copyOf(credential.response().transports()));
        RegistrationParameters parameters = new RegistrationParameters(serverProperty(challenge), KEY_PARAMETERS,
                true, true);
        RegistrationData data = run(() -> manager.verify(request, parameters));

        AuthenticatorData<?> authenticatorData = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData credentialData = authenticatorData.getAttestedCredentialData();
        if (!Arrays.equals(credentialData.getCredentialId(), decode(CREDENTIAL_ID, credential.id()))) {
            throw new WebAuthnRejection("the credential id does not match the one in the attestation", null);
        }
        String transports = data.getTransports() == null ? "" : data.getTransports().stream()
                .map(AuthenticatorTransport::getValue).collect(Collectors.joining(","));
        return new NewCredential(credentialData.getCredentialId(), credentialDataConverter.convert(credentialData),
                authenticatorData.getSignCount(), authenticatorData.isFlagUV(), authenticatorData.isFlagBE(),
                authenticatorData.isFlagBS(), transports);
    }

    /**
     * Verifies an assertion of a registered passkey against the challenge it responds to, including the signature
     * counter.
     *
     * @throws WebAuthnRejection when the assertion is malformed or fails a check
     */
    AssertionResult verifyAssertion(AssertionCredential credential, Passkey passkey, byte[] challenge) {
        AssertionCredential.Response response = credential.response();
        AuthenticationRequest request = new AuthenticationRequest(decode(CREDENTIAL_ID, credential.id()),
                response.userHandle() == null ? null : decode(USER_HANDLE, response.userHandle()),
                decode(AUTHENTICATOR_DATA, response.authenticatorData()), decode(CLIENT_DATA, response.clientDataJSON()),
                null, decode(SIGNATURE, response.signature()));
        AuthenticationParameters parameters = new AuthenticationParameters(serverProperty(challenge),
                credentialRecord(passkey), null, true, true);
        AuthenticationData data = run(() -> manager.verify(request, parameters));

        AuthenticatorData<?> authenticatorData = data.getAuthenticatorData();
        return new AssertionResult(authenticatorData.getSignCount(), authenticatorData.isFlagUV(),
                authenticatorData.isFlagBS());
    }

    /**
     * Decodes a base64url value from the browser.
     *
     * @param field the field's path in the request body, such as {@value #CLIENT_DATA}, for the message, which never
     *              quotes the value
     * @throws WebAuthnRejection when the value is not base64url
     */
    static byte[] decode(String field, String base64url) {
        try {
            return BASE64URL.decode(base64url);
        } catch (IllegalArgumentException e) {
            throw new WebAuthnRejection("the field " + field + " is not valid base64url (A-Z, a-z, 0-9, - and _)",
                    e);
        }
    }

    private ServerProperty serverProperty(byte[] challenge) {
        return ServerProperty.builder()
                .origins(relyingParty.origins())
                .rpId(relyingParty.id())
                .challenge(new DefaultChallenge(challenge))
                .build();
    }

    private CredentialRecord credentialRecord(Passkey passkey) {
        Set<AuthenticatorTransport> transports = new LinkedHashSet<>();
        for (String transport : passkey.transports().split(",")) {
            if (!transport.isBlank()) {
                transports.add(AuthenticatorTransport.create(transport));
            }
        }
        return new CredentialRecordImpl(new NoneAttestationStatement(), passkey.uvInitialized(),
                passkey.backupEligible(), passkey.backedUp(), passkey.signCount(),
                credentialDataConverter.convert(passkey.attestedCredentialData()), null, null, null, transports);
    }

    private static <T> T run(Supplier<T> verification) {
        try {
            return verification.get();
        } catch (DataConversionException e) {
            throw new WebAuthnRejection("the browser's response is malformed", e);
        } catch (WebAuthnException e) {
            throw new WebAuthnRejection(reason(e), e);
        }
    }

    /**
     * Returns why webauthn4j rejected a response, in words a person understands. A failure kind without words of its
     * own gets a general reason, and its class is logged for the administrator.
     */
    static String reason(WebAuthnException failure) {
        for (Reason reason : REASONS) {
            if (reason.kind().isInstance(failure)) {
                return reason.text();
            }
        }
        LOG.info("webauthn4j rejected a WebAuthn response with {}: {}", failure.getClass().getName(),
                failure.getMessage());
        return "it failed one of the checks that WebAuthn requires";
    }

    /**
     * A verified new credential.
     *
     * @param credentialId           the credential id
     * @param attestedCredentialData the serialised public key data
     * @param signCount              the counter at registration
     * @param userVerified           the UV flag
     * @param backupEligible         the BE flag
     * @param backedUp               the BS flag
     * @param transports             comma-separated transports
     */
    record NewCredential(byte[] credentialId, byte[] attestedCredentialData, long signCount, boolean userVerified,
                         boolean backupEligible, boolean backedUp, String transports) {
    }

    /**
     * A verified assertion.
     *
     * @param signCount    the new counter
     * @param userVerified the UV flag
     * @param backedUp     the BS flag
     */
    record AssertionResult(long signCount, boolean userVerified, boolean backedUp) {
    }

    /**
     * A webauthn4j failure kind and the reason shown for it.
     *
     * @param kind the class of webauthn4j's exception, subclasses included
     * @param text the reason as a clause that completes "The passkey was not accepted: "
     */
    private record Reason(Class<? extends WebAuthnException> kind, String text) {
    }
}
