package dev.codevault.common.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * A member of a team.
 *
 * @param userId      the member's user id
 * @param email       the member's email address
 * @param displayName the member's display name, or {@code null}
 * @param role        the member's role
 * @param joinedAt    when the member joined
 */
@Serdeable
public record TeamMember(@NotNull UUID userId, @NotBlank String email, @Nullable String displayName,
                         @NotNull MemberRole role, @NotNull Instant joinedAt) {
}
