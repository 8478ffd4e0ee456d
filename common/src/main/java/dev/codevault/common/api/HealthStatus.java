package dev.codevault.common.api;

import io.micronaut.serde.annotation.Serdeable;

/** State of a server or of one of its dependencies. */
@Serdeable
public enum HealthStatus {
    /** Working. */
    UP,
    /** Not working; the check's detail says why. */
    DOWN
}
