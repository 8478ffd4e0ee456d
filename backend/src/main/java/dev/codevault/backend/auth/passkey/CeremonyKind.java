package dev.codevault.backend.auth.passkey;

/** What a WebAuthn challenge was issued for. */
enum CeremonyKind {
    /** Creating a passkey for a signed-in person. */
    REGISTRATION,
    /** Signing in with a discoverable passkey. */
    SIGN_IN
}
