package dev.codevault.common.vault;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A vault's place in the pipeline, as polled or streamed while jobs run.
 *
 * @param status          the current step
 * @param reason          for {@link VaultStatus#FAILED}, what failed and what to do; else {@code null}
 * @param progressPercent how far the current step got, from 0 to 100, or {@code null} when it cannot tell
 * @param changedAt       when the status last changed
 */
@Serdeable
public record VaultState(@NotNull VaultStatus status, @Nullable String reason,
                         @Nullable @Min(0) @Max(100) Integer progressPercent, @NotNull Instant changedAt) {
}
