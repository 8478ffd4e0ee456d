package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Asks the server to email a one-time passcode.
 *
 * @param email the address to send the passcode to; an account is created for it at the first sign-in
 */
@Serdeable
public record PasscodeRequest(@NotBlank @Email @Size(max = 320) String email) {

    /** Drops spaces around the address, as a pasted address often carries them. */
    public PasscodeRequest {
        email = email == null ? null : email.strip();
    }
}
