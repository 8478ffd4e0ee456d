package dev.codevault.common.ada;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One message of a conversation with Ada.
 *
 * @param author who wrote it
 * @param text   the message
 */
@Serdeable
public record AdaMessage(@NotNull AdaAuthor author, @NotNull @Size(max = 20_000) String text) {
}
