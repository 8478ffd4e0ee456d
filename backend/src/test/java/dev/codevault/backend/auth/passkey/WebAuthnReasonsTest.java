package dev.codevault.backend.auth.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import com.webauthn4j.util.exception.WebAuthnException;
import com.webauthn4j.verifier.exception.BadAlgorithmException;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadSignatureException;
import com.webauthn4j.verifier.exception.CrossOriginException;
import com.webauthn4j.verifier.exception.InconsistentClientDataTypeException;
import com.webauthn4j.verifier.exception.KeyDescriptionValidationException;
import com.webauthn4j.verifier.exception.UnexpectedExtensionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reasons that {@link WebAuthnVerifier} gives for webauthn4j's failures, which people read in error details. */
class WebAuthnReasonsTest {

    @Test
    void wordsKnownFailureKinds() {
        List<WebAuthnException> failures = List.of(new BadChallengeException("challenge"),
                new BadOriginException("origin"), new BadSignatureException("signature"),
                new CrossOriginException("cross origin"), new InconsistentClientDataTypeException("type"),
                new BadAlgorithmException("algorithm"), new UnexpectedExtensionException("extension"));

        List<String> reasons = failures.stream().map(WebAuthnVerifier::reason).toList();

        assertThat(reasons).containsExactly(
                "it responds to another challenge than the one issued for this request",
                "it was made on a web page this server does not accept (origin)",
                "its signature is not valid",
                "it was made in a frame that another site embedded",
                "it belongs to another step: a registration where a sign-in was expected, or the reverse",
                "its key type is not one of ES256, EdDSA and RS256",
                "it contains an extension this server did not request");
    }

    @Test
    void givesGeneralReasonForOtherKinds() {
        String reason = WebAuthnVerifier.reason(new KeyDescriptionValidationException("key description"));

        assertThat(reason).isEqualTo("it failed one of the checks that WebAuthn requires");
    }
}
