package dev.codevault.common.ada;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/**
 * Ada's state on a server that can answer.
 *
 * @param model the AI model that writes the answers, as the administrator configured it
 */
@Serdeable
public record AdaStatus(@NotBlank String model) {
}
