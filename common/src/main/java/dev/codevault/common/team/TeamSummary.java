package dev.codevault.common.team;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * A team as its members see it.
 *
 * @param id        the team id
 * @param name      the display name
 * @param personal  whether the team was created for the person at their first sign-in
 * @param role      the caller's role in the team
 * @param createdAt when the team was created
 */
@Serdeable
public record TeamSummary(@NotNull UUID id, @NotBlank String name, boolean personal, @NotNull MemberRole role,
                          @NotNull Instant createdAt) {
}
