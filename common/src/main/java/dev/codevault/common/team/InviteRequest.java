package dev.codevault.common.team;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Invites a person to a team by email.
 *
 * @param email the person's email address
 * @param role  the role they get on joining
 */
@Serdeable
public record InviteRequest(@NotBlank @Email @Size(max = 320) String email, @NotNull MemberRole role) {
}
