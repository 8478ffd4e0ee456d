package dev.codevault.common.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Result of checking one dependency of the server, such as the database or the storage folder.
 *
 * @param name   the dependency checked, for example {@code database}
 * @param status whether the dependency works
 * @param detail what failed and what to do, or {@code null} when the dependency is up; never a secret or a path
 */
@Serdeable
public record HealthCheck(@NotBlank String name, @NotNull HealthStatus status, @Nullable String detail) {

    /** Returns a passing check for the named dependency. */
    public static HealthCheck up(String name) {
        return new HealthCheck(name, HealthStatus.UP, null);
    }

    /** Returns a failing check for the named dependency with the reason a person can act on. */
    public static HealthCheck down(String name, String detail) {
        return new HealthCheck(name, HealthStatus.DOWN, detail);
    }
}
