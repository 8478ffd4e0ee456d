package dev.codevault.common.vault;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;

/**
 * One version of a vault: a commit of its repository and the analysis of that commit.
 *
 * @param number        1 for the first version, then counting up
 * @param commitId      the full id of the analysed commit in the vault's repository
 * @param status        where the analysis stands
 * @param failureReason for {@link VersionStatus#FAILED}, what failed and what to do; else {@code null}
 * @param createdAt     when the version was recorded
 * @param analysedAt    when its analysis finished, or {@code null} before that
 */
@Serdeable
public record VersionView(@Positive int number, @NotBlank String commitId, @NotNull VersionStatus status,
                          @Nullable String failureReason, @NotNull Instant createdAt, @Nullable Instant analysedAt) {
}
