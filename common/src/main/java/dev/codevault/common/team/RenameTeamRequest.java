package dev.codevault.common.team;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Renames a team.
 *
 * @param name the new display name, 1 to 200 characters
 */
@Serdeable
public record RenameTeamRequest(@NotBlank @Size(max = 200) String name) {
}
