package dev.codevault.common.auth;

import io.micronaut.core.annotation.Nullable;
import dev.codevault.common.text.PlainText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Finishes the registration of a passkey.
 *
 * @param ceremonyId the id from {@link PasskeyCreationChallenge}
 * @param name       a name for the passkey, such as "Work laptop"; the server picks one when it is {@code null}
 * @param credential the credential the browser created
 */
@Serdeable
public record PasskeyRegistration(
        @NotNull UUID ceremonyId,
        @Nullable @Size(max = 100) @Pattern(regexp = PlainText.OPTIONAL_REGEX, message = PlainText.MESSAGE) String name,
        @NotNull @Valid RegistrationCredential credential) {
}
