package dev.codevault.common.ada;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * One observation Ada wrote about a vault from its analysis results.
 *
 * @param title     a short heading
 * @param text      the observation in a few sentences
 * @param version   the analysed version it is about
 * @param writtenAt when Ada wrote it
 */
@Serdeable
public record AdaInsight(@NotBlank String title, @NotBlank String text, int version, @NotNull Instant writtenAt) {
}
