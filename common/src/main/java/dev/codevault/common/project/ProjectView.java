package dev.codevault.common.project;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * A project of a team: a named group of vaults.
 *
 * @param id        the project's id
 * @param teamId    the team that owns it
 * @param name      its display name
 * @param createdAt when it was created
 * @param updatedAt when it was last renamed or created
 */
@Serdeable
public record ProjectView(@NotNull UUID id, @NotNull UUID teamId, @NotBlank String name, @NotNull Instant createdAt,
                          @NotNull Instant updatedAt) {
}
