package dev.codevault.common.team;

import dev.codevault.common.text.PlainText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates a team with the caller as its owner.
 *
 * @param name the display name, 1 to 200 characters
 */
@Serdeable
public record CreateTeamRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.REGEX, message = PlainText.MESSAGE) String name) {
}
