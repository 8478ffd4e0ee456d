package dev.codevault.backend.auth.passkey;

/** Purpose of a WebAuthn challenge. */
enum CeremonyKind {
    /** Creating a passkey for a signed-in person. */
    REGISTRATION,
    /** Signing in with a discoverable passkey. */
    SIGN_IN
}
