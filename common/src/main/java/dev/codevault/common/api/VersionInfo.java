package dev.codevault.common.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Version of a running server and the features it offers, so a client can adapt to an older or newer server.
 *
 * @param product    the product name, {@code CodeVault}
 * @param version    the release version, for example {@code 0.1.0}
 * @param apiVersion the version of the HTTP API contract; it changes only when a change breaks clients
 * @param features   the optional features this server offers, named by the constants of {@link ServerFeatures};
 *                   empty when a server from before this field sends none
 * @param maxArchiveBytes the largest archive upload this server accepts, in bytes, so a client can reject a larger
 *                   file before the upload. Null from a server older than this field.
 */
@Serdeable
public record VersionInfo(@NotBlank String product, @NotBlank String version, @Positive int apiVersion,
                          @Nullable Set<@NotBlank String> features, @Nullable @Positive Long maxArchiveBytes) {

    /** Version of the API contract that this build of {@code common} describes. */
    public static final int CURRENT_API_VERSION = 1;

    public VersionInfo {
        features = features == null ? Set.of() : Set.copyOf(features);
    }

    /** Returns the server's largest archive upload, or empty when the server sent none. */
    public OptionalLong archiveLimit() {
        return maxArchiveBytes == null ? OptionalLong.empty() : OptionalLong.of(maxArchiveBytes);
    }

    /** Returns whether the server offers the named feature. */
    public boolean offers(String feature) {
        return features.contains(feature);
    }
}
