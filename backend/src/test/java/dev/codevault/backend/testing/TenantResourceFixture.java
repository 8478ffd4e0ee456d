package dev.codevault.backend.testing;

import java.util.Map;

/**
 * How a feature creates its resources for a team, so the isolation test can put one team's ids into every route
 * of the server and call it as a member of another team. Each feature's tests provide one as a {@code @Singleton}
 * bean; the isolation test finds them all, and fails for a route whose path variable no fixture fills.
 */
public interface TenantResourceFixture {

    /**
     * Creates one resource of each kind this fixture handles for the tenant.
     *
     * @return the id of each resource by the path variable name routes use for it, such as {@code teamId}
     */
    Map<String, String> create(Tenant tenant);

    /** Returns a valid request body for each body type of this feature's routes. */
    default Map<Class<?>, Object> exampleBodies() {
        return Map.of();
    }

    /** Returns the position of this fixture; fixtures that use ids of others come later. */
    default int order() {
        return 0;
    }
}
