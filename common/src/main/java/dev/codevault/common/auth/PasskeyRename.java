package dev.codevault.common.auth;

import dev.codevault.common.text.PlainText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Renames a passkey.
 *
 * @param name the new name, 1 to 100 characters
 */
@Serdeable
public record PasskeyRename(
        @NotBlank @Size(max = 100) @Pattern(regexp = PlainText.REGEX, message = PlainText.MESSAGE) String name) {
}
