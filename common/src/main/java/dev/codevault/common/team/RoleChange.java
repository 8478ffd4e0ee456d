package dev.codevault.common.team;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * Gives a member another role.
 *
 * @param role the new role
 */
@Serdeable
public record RoleChange(@NotNull MemberRole role) {
}
