package dev.codevault.common.api;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Health of a server: the overall status and the check of each dependency.
 *
 * @param status {@link HealthStatus#UP} when every check is up
 * @param checks one entry per dependency, in a fixed order
 */
@Serdeable
public record HealthReport(@NotNull HealthStatus status, @NotNull List<@Valid HealthCheck> checks) {

    public HealthReport {
        checks = List.copyOf(checks);
    }

    /** Returns a report whose status is UP only when every check is UP. */
    public static HealthReport of(List<HealthCheck> checks) {
        boolean allUp = checks.stream().allMatch(check -> check.status() == HealthStatus.UP);
        return new HealthReport(allUp ? HealthStatus.UP : HealthStatus.DOWN, checks);
    }
}
