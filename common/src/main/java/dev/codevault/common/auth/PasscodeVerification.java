package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Signs in with the passcode from the email.
 *
 * @param attemptId the attempt id from {@link PasscodeSent}
 * @param code      the passcode as the person typed it; case, spaces and dashes do not matter
 */
@Serdeable
public record PasscodeVerification(@NotNull UUID attemptId, @NotBlank @Size(max = 32) String code) {
}
