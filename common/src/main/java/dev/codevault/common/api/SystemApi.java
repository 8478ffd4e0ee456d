package dev.codevault.common.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;

/**
 * Health and version of a CodeVault server. Both answer without signing in, so load balancers and the desktop
 * app can call them before anyone has a token.
 */
public interface SystemApi {

    /** Path of {@link #health()}. */
    String HEALTH_PATH = "/health";

    /** Path of {@link #version()}. */
    String VERSION_PATH = "/version";

    /**
     * Checks the database and the storage folder.
     *
     * @return status 200 with the report when every check is up, 503 with the same report when one is down
     */
    @Get(uri = HEALTH_PATH, produces = MediaType.APPLICATION_JSON)
    HttpResponse<HealthReport> health();

    /** Returns the product and API version of the server. */
    @Get(uri = VERSION_PATH, produces = MediaType.APPLICATION_JSON)
    VersionInfo version();
}
