package dev.codevault.common.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Body of every error response of the API, sent as {@value #MEDIA_TYPE} (RFC 9457).
 *
 * @param type   a URI that names the kind of problem; {@code about:blank} when the status says it all
 * @param title  a short summary of the kind of problem, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong this time and what to do about it; never a secret, source text or vault path
 */
@Serdeable
public record Problem(
        @NotBlank String type,
        @NotBlank String title,
        @Min(400) @Max(599) int status,
        @Nullable String detail) {

    /** Media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Type of a problem that the status code describes fully. */
    public static final String BLANK_TYPE = "about:blank";

    /** Prefix of the type URIs that CodeVault defines. */
    public static final String TYPE_PREFIX = "urn:codevault:problem:";

    /** Returns a problem whose type is {@link #TYPE_PREFIX} followed by the given name. */
    public static Problem of(String typeName, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + typeName, title, status, detail);
    }
}
