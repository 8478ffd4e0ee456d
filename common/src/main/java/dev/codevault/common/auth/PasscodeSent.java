package dev.codevault.common.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * Response to a {@link PasscodeRequest}. The server responds the same way whether or not the address has an
 * account, so the response states only that a passcode is on its way if the address may sign in.
 *
 * @param attemptId the sign-in attempt that the passcode belongs to; send it back with the code
 * @param expiresAt when the passcode stops being accepted
 */
@Serdeable
public record PasscodeSent(@NotNull UUID attemptId, @NotNull Instant expiresAt) {
}
