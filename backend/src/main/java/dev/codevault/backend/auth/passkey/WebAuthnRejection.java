package dev.codevault.backend.auth.passkey;

/** A WebAuthn response that webauthn4j did not accept; the message states why in plain words. */
class WebAuthnRejection extends RuntimeException {

    WebAuthnRejection(String message, Throwable cause) {
        super(message, cause);
    }
}
