package dev.codevault.common.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Options for {@code navigator.credentials.create()}, in the JSON form of WebAuthn Level 3
 * ({@code PublicKeyCredentialCreationOptionsJSON}): binary values are base64url strings without padding.
 *
 * @param rp                     the relying party: this server's RP id and display name
 * @param user                   the account the passkey is for
 * @param challenge              the single-use challenge
 * @param pubKeyCredParams       the accepted key types, most preferred first
 * @param timeout                milliseconds the browser may wait for the person
 * @param excludeCredentials     the account's passkeys, so an authenticator does not store a second one; JSON
 *                               leaves an empty list out, and {@code null} reads as empty
 * @param authenticatorSelection requires a discoverable credential and user verification
 * @param attestation            always {@code none}: CodeVault does not check the authenticator's make
 */
@Serdeable
public record PasskeyCreationOptions(
        @NotNull @Valid RelyingParty rp,
        @NotNull @Valid User user,
        @NotBlank String challenge,
        @Nullable List<@Valid KeyType> pubKeyCredParams,
        long timeout,
        @Nullable List<@Valid CredentialDescriptor> excludeCredentials,
        @NotNull @Valid AuthenticatorSelection authenticatorSelection,
        @NotBlank String attestation) {

    public PasskeyCreationOptions {
        pubKeyCredParams = pubKeyCredParams == null ? List.of() : List.copyOf(pubKeyCredParams);
        excludeCredentials = excludeCredentials == null ? List.of() : List.copyOf(excludeCredentials);
    }

    /**
     * The relying party.
     *
     * @param id   the RP id, a domain such as {@code codevault.example.com}
     * @param name the name the authenticator shows
     */
    @Serdeable
    public record RelyingParty(@NotBlank String id, @NotBlank String name) {
    }

    /**
     * The account a passkey is created for.
     *
     * @param id          the WebAuthn user handle, base64url
     * @param name        the account's email address
     * @param displayName the name the authenticator shows
     */
    @Serdeable
    public record User(@NotBlank String id, @NotBlank String name, @NotBlank String displayName) {
    }

    /**
     * A key type the server accepts.
     *
     * @param type always {@code public-key}
     * @param alg  the COSE algorithm number, for example -7 for ES256
     */
    @Serdeable
    public record KeyType(@NotBlank String type, int alg) {
    }

    /**
     * Requirements on the authenticator.
     *
     * @param residentKey        {@code required}: the passkey must be discoverable, so no email is typed at sign-in
     * @param requireResidentKey {@code true}, for browsers that read only this older field
     * @param userVerification   {@code required}: biometrics or a PIN, not only presence
     */
    @Serdeable
    public record AuthenticatorSelection(@NotBlank String residentKey, boolean requireResidentKey,
                                         @NotBlank String userVerification) {
    }
}
