package dev.codevault.common.auth;

import io.micronaut.core.annotation.Nullable;
import dev.codevault.common.text.PlainText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Changes the signed-in account.
 *
 * @param displayName the new display name; {@code null} or blank removes it
 */
@Serdeable
public record AccountUpdate(
        @Nullable @Size(max = 200) @Pattern(regexp = PlainText.OPTIONAL_REGEX, message = PlainText.MESSAGE)
        String displayName) {
}
