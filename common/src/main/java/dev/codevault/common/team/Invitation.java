package dev.codevault.common.team;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to a team that the invited person has not taken up yet. It is taken up at their next sign-in or
 * token refresh.
 *
 * @param id        the invitation id
 * @param email     the invited address, in lower case
 * @param role      the role the person gets on joining
 * @param createdAt when the invitation was made
 */
@Serdeable
public record Invitation(@NotNull UUID id, @NotBlank String email, @NotNull MemberRole role,
                         @NotNull Instant createdAt) {
}
