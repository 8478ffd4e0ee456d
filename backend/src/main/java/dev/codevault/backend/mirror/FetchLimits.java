package dev.codevault.backend.mirror;

import java.time.Duration;

/**
 * The limits of one read of a remote.
 *
 * @param idleTimeout        how long the read may wait without data
 * @param maxDuration        how long the whole run may take
 * @param maxRepositoryBytes the largest repository the run may leave on disk, in bytes
 */
public record FetchLimits(Duration idleTimeout, Duration maxDuration, long maxRepositoryBytes) {
}
