package dev.codevault.backend.testing;

import com.webauthn4j.data.AttestationConveyancePreference;
import com.webauthn4j.data.AuthenticatorAssertionResponse;
import com.webauthn4j.data.AuthenticatorAttestationResponse;
import com.webauthn4j.data.AuthenticatorSelectionCriteria;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredential;
import com.webauthn4j.data.PublicKeyCredentialCreationOptions;
import com.webauthn4j.data.PublicKeyCredentialDescriptor;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialRequestOptions;
import com.webauthn4j.data.PublicKeyCredentialRpEntity;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.PublicKeyCredentialUserEntity;
import com.webauthn4j.data.ResidentKeyRequirement;
import com.webauthn4j.data.UserVerificationRequirement;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.data.extension.client.AuthenticationExtensionClientOutput;
import com.webauthn4j.data.extension.client.RegistrationExtensionClientOutput;
import com.webauthn4j.test.authenticator.webauthn.NoneAttestationAuthenticator;
import com.webauthn4j.test.authenticator.webauthn.WebAuthnAuthenticatorAdaptor;
import com.webauthn4j.test.client.ClientPlatform;
import dev.codevault.common.auth.AssertionCredential;
import dev.codevault.common.auth.PasskeyCreationOptions;
import dev.codevault.common.auth.PasskeyRequestOptions;
import dev.codevault.common.auth.RegistrationCredential;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * A browser with an emulated passkey authenticator (webauthn4j-test), speaking the server's WebAuthn JSON. The
 * authenticator keeps its credentials between calls, as a real one does.
 */
public final class PasskeyEmulator {

    /** The origin the emulated browser signs on; test servers set their public URL to it. */
    public static final String ORIGIN = "http://localhost:8080";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final NoneAttestationAuthenticator authenticator = new NoneAttestationAuthenticator();
    private final ClientPlatform platform;

    private PasskeyEmulator(String origin) {
        this.platform = new ClientPlatform(new Origin(origin), new WebAuthnAuthenticatorAdaptor(authenticator));
    }

    /** Returns a browser on {@link #ORIGIN} with a new authenticator. */
    public static PasskeyEmulator create() {
        return new PasskeyEmulator(ORIGIN);
    }

    /** Returns a browser on another origin with a new authenticator. */
    public static PasskeyEmulator onOrigin(String origin) {
        return new PasskeyEmulator(origin);
    }

    /** Moves the browser to another origin, keeping the authenticator and its credentials. */
    public void moveTo(String origin) {
        platform.setOrigin(new Origin(origin));
    }

    /** Makes the authenticator stop counting signatures, as a cloned authenticator would appear. */
    public void freezeCounter() {
        authenticator.setCountUpEnabled(false);
    }

    /** Creates a credential for the server's options, as {@code navigator.credentials.create()} does. */
    public RegistrationCredential create(PasskeyCreationOptions options) {
        return create(options, options.rp().id());
    }

    /** Creates a credential with the RP id replaced, as a page of another site would ask for. */
    public RegistrationCredential create(PasskeyCreationOptions options, String rpId) {
        PublicKeyCredentialCreationOptions request = new PublicKeyCredentialCreationOptions(
                new PublicKeyCredentialRpEntity(rpId, options.rp().name()),
                new PublicKeyCredentialUserEntity(DECODER.decode(options.user().id()), options.user().name(),
                        options.user().displayName()),
                new DefaultChallenge(DECODER.decode(options.challenge())),
                options.pubKeyCredParams().stream()
                        .map(type -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                                COSEAlgorithmIdentifier.create(type.alg())))
                        .toList(),
                options.timeout(),
                options.excludeCredentials().stream()
                        .map(descriptor -> new PublicKeyCredentialDescriptor(PublicKeyCredentialType.PUBLIC_KEY,
                                DECODER.decode(descriptor.id()), Set.<AuthenticatorTransport>of()))
                        .toList(),
                new AuthenticatorSelectionCriteria(null, true, ResidentKeyRequirement.REQUIRED,
                        UserVerificationRequirement.REQUIRED),
                AttestationConveyancePreference.NONE,
                null);
        PublicKeyCredential<AuthenticatorAttestationResponse, RegistrationExtensionClientOutput> credential =
                platform.create(request);
        return new RegistrationCredential(ENCODER.encodeToString(credential.getRawId()), "public-key",
                new RegistrationCredential.Response(
                        ENCODER.encodeToString(credential.getResponse().getClientDataJSON()),
                        ENCODER.encodeToString(credential.getResponse().getAttestationObject()),
                        List.of("internal")));
    }

    /** Signs the server's challenge with a discoverable credential, as {@code navigator.credentials.get()} does. */
    public AssertionCredential get(PasskeyRequestOptions options) {
        return get(options, UserVerificationRequirement.REQUIRED);
    }

    /** Signs a challenge without verifying the user, as an authenticator without biometrics or PIN would. */
    public AssertionCredential getWithoutUserVerification(PasskeyRequestOptions options) {
        return get(options, UserVerificationRequirement.DISCOURAGED);
    }

    private AssertionCredential get(PasskeyRequestOptions options, UserVerificationRequirement verification) {
        PublicKeyCredentialRequestOptions request = new PublicKeyCredentialRequestOptions(
                new DefaultChallenge(DECODER.decode(options.challenge())), options.timeout(), options.rpId(),
                List.of(), verification, null);
        PublicKeyCredential<AuthenticatorAssertionResponse, AuthenticationExtensionClientOutput> credential =
                platform.get(request);
        AuthenticatorAssertionResponse response = credential.getResponse();
        return new AssertionCredential(ENCODER.encodeToString(credential.getRawId()), "public-key",
                new AssertionCredential.Response(ENCODER.encodeToString(response.getClientDataJSON()),
                        ENCODER.encodeToString(response.getAuthenticatorData()),
                        ENCODER.encodeToString(response.getSignature()),
                        response.getUserHandle() == null ? null : ENCODER.encodeToString(response.getUserHandle())));
    }
}
