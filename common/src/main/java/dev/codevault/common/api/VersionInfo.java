package dev.codevault.common.api;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Version of a running server.
 *
 * @param product    the product name, {@code CodeVault}
 * @param version    the release version, for example {@code 0.1.0}
 * @param apiVersion the version of the HTTP API contract; it changes only when a change breaks clients
 */
@Serdeable
public record VersionInfo(@NotBlank String product, @NotBlank String version, @Positive int apiVersion) {

    /** Version of the API contract that this build of {@code common} describes. */
    public static final int CURRENT_API_VERSION = 1;
}
