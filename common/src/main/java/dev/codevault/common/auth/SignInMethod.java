package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;

/** How a session started. */
@Serdeable
public enum SignInMethod {
    /** A one-time passcode sent by email. */
    PASSCODE,
    /** A passkey. */
    PASSKEY
}
