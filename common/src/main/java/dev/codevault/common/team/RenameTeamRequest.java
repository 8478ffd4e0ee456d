package dev.codevault.common.team;

import dev.codevault.common.text.PlainText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Renames a team.
 *
 * @param name the new display name, 1 to 200 characters
 */
@Serdeable
public record RenameTeamRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.REGEX, message = PlainText.MESSAGE) String name) {
}
