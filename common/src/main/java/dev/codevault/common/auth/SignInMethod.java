package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;

/** Method a session started with. */
@Serdeable
public enum SignInMethod {
    /** A one-time passcode sent by email. */
    PASSCODE,
    /** A passkey. */
    PASSKEY
}
