package dev.codevault.backend.auth.passkey;

import dev.codevault.backend.error.InvalidRequestException;
import dev.codevault.common.auth.AssertionCredential;

/**
 * Checks the form of a passkey sign-in before the server looks anything up: the binary fields must be base64url and
 * the type public-key. A malformed request is the client's mistake, so it gets 400 naming the field instead of a
 * sign-in rejection, and the detail is the same whether or not the credential is registered.
 */
final class AssertionForm {

    private static final String PUBLIC_KEY = "public-key";
    private static final int MAX_QUOTED_LENGTH = 60;

    private AssertionForm() {
    }

    /**
     * Checks the credential's type and that each of its binary fields decodes as base64url.
     *
     * @throws InvalidRequestException naming the first field that is malformed, without quoting a binary value
     */
    static void check(AssertionCredential credential) {
        if (!PUBLIC_KEY.equals(credential.type())) {
            throw new InvalidRequestException("The field credential.type is '" + shortened(credential.type())
                    + "', but it must be " + PUBLIC_KEY + ". Send the type that the browser returned for the passkey.");
        }
        AssertionCredential.Response response = credential.response();
        requireBase64url(WebAuthnVerifier.CREDENTIAL_ID, credential.id());
        requireBase64url(WebAuthnVerifier.CLIENT_DATA, response.clientDataJSON());
        requireBase64url(WebAuthnVerifier.AUTHENTICATOR_DATA, response.authenticatorData());
        requireBase64url(WebAuthnVerifier.SIGNATURE, response.signature());
        if (response.userHandle() != null) {
            requireBase64url(WebAuthnVerifier.USER_HANDLE, response.userHandle());
        }
    }

    private static void requireBase64url(String field, String value) {
        try {
            WebAuthnVerifier.decode(field, value);
        } catch (WebAuthnRejection e) {
            throw new InvalidRequestException("The field " + field + " is not valid base64url (A-Z, a-z, 0-9, - and "
                    + "_). Send the value that the browser returned, encoded as base64url.", e);
        }
    }

    private static String shortened(String value) {
        return value.length() <= MAX_QUOTED_LENGTH ? value : value.substring(0, MAX_QUOTED_LENGTH) + "...";
    }
}
