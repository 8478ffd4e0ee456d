package dev.codevault.common.vault;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The git remote of a vault as the API shows it: where it is, how often it is read, and whether a credential is
 * stored, never the credential itself.
 *
 * @param remoteUrl           the https URL of the repository, without credentials
 * @param branch              the branch that is analysed, or {@code null} to follow the remote's default branch
 * @param schedule            how often the remote is read again on its own
 * @param credentialStored    whether a user name and token are stored for the remote
 * @param credentialUpdatedAt when the stored credential was set, or {@code null} without one
 * @param credentialUsedAt    when the stored credential last opened the remote, or {@code null} before that
 * @param lastFetchAt         when the remote was last read, or {@code null} before the first read
 * @param lastFetchOutcome    what the last read found, or {@code null} before the first read
 * @param paused              whether the schedule stopped after failures; "Update code" or new credentials
 *                            resume it
 * @param pauseReason         for a paused schedule, what failed and how to fix it; else {@code null}
 * @param nextRunAt           when the schedule reads the remote next, or {@code null} when it is manual or paused
 */
@Serdeable
public record GitSourceView(@NotBlank String remoteUrl, @Nullable String branch,
                            @NotNull ReplicationSchedule schedule, boolean credentialStored,
                            @Nullable Instant credentialUpdatedAt, @Nullable Instant credentialUsedAt,
                            @Nullable Instant lastFetchAt, @Nullable FetchOutcome lastFetchOutcome,
                            boolean paused, @Nullable String pauseReason, @Nullable Instant nextRunAt) {
}
