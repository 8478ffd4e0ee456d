package dev.codevault.backend.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.auth.ClientInfo;
import dev.codevault.backend.auth.token.Sessions;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PasskeyEmulator;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.Tenant;
import dev.codevault.backend.testing.TenantResourceFixture;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.auth.SignInMethod;
import io.micronaut.context.BeanContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tenant isolation, generated from the server's route table: every route with a path variable is called by the
 * owner of team A with the ids of team B's resources, and must return 404. A new endpoint is covered without
 * changing this test; its feature only registers a {@link TenantResourceFixture} for any new kind of id.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest implements TestPropertyProvider {

    private static final List<HttpMethod> ORDER = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE);

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    Router router;

    @Inject
    BeanContext beans;

    @Inject
    TestAccounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    @Client("/")
    HttpClient http;

    private Tenant teamA;
    private Tenant teamB;
    private Map<Class<?>, Object> exampleBodies;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.put("codevault.data-dir", TempFolders.create("codevault-isolation").toString());
        properties.put("codevault.public-url", PasskeyEmulator.ORIGIN);
        return properties;
    }

    @BeforeAll
    void createTwoTeams() {
        List<TenantResourceFixture> fixtures = new ArrayList<>(beans.getBeansOfType(TenantResourceFixture.class));
        fixtures.sort(Comparator.comparingInt(TenantResourceFixture::order));
        teamA = tenant("Team A");
        teamB = tenant("Team B");
        exampleBodies = new HashMap<>();
        for (TenantResourceFixture fixture : fixtures) {
            teamA.record(fixture.create(teamA));
            teamB.record(fixture.create(teamB));
            exampleBodies.putAll(fixture.exampleBodies());
        }
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void hidesEveryResourceOfOtherTeam() {
        List<String> leaks = new ArrayList<>();

        for (UriRouteInfo<?, ?> route : routesWithIds()) {
            int status = call(route, teamB.ids(), teamA.accessToken());
            if (status != 404) {
                leaks.add(route.getHttpMethod() + " " + route.getUriMatchTemplate() + " answered " + status);
            }
        }

        assertThat(leaks).as("routes that did not answer 404 for the other team's ids").isEmpty();
    }

    @Test
    void servesOwnResourcesOnReadRoutes() {
        List<String> failures = new ArrayList<>();

        for (UriRouteInfo<?, ?> route : routesWithIds()) {
            if (route.getHttpMethod() == HttpMethod.GET) {
                int status = call(route, teamA.ids(), teamA.accessToken());
                if (status >= 400) {
                    failures.add(route.getUriMatchTemplate() + " answered " + status);
                }
            }
        }

        assertThat(failures).as("read routes that failed for the caller's own ids, so the fixtures are wrong")
                .isEmpty();
    }

    @Test
    void coversEveryPathVariable() {
        Set<String> missing = new TreeSet<>();

        for (UriRouteInfo<?, ?> route : routesWithIds()) {
            for (String variable : route.getUriMatchTemplate().getVariableNames()) {
                if (!teamB.ids().containsKey(variable)) {
                    missing.add(variable + " in " + route.getHttpMethod() + " " + route.getUriMatchTemplate());
                }
            }
        }

        assertThat(missing).as("path variables that no TenantResourceFixture fills; add one to the feature's "
                + "tests").isEmpty();
    }

    @Test
    void coversRoutesOfAuthAndTeams() {
        assertThat(routesWithIds()).extracting(route -> route.getUriMatchTemplate().toString())
                .contains("/teams/{teamId}", "/account/passkeys/{passkeyId}", "/auth/sessions/{sessionId}");
    }

    private List<UriRouteInfo<?, ?>> routesWithIds() {
        return router.uriRoutes()
                .filter(route -> ORDER.contains(route.getHttpMethod()))
                .filter(route -> !route.getUriMatchTemplate().getVariableNames().isEmpty())
                .sorted(Comparator.comparingInt((UriRouteInfo<?, ?> route) -> ORDER.indexOf(route.getHttpMethod()))
                        .thenComparing(route -> route.getUriMatchTemplate().toString()))
                .<UriRouteInfo<?, ?>>map(route -> route)
                .toList();
    }

    private int call(UriRouteInfo<?, ?> route, Map<String, String> ids, String accessToken) {
        Map<String, Object> values = new LinkedHashMap<>(ids);
        String path = route.getUriMatchTemplate().expand(values);
        MutableHttpRequest<Object> request = HttpRequest.create(route.getHttpMethod(), path).bearerAuth(accessToken);
        Optional<Argument<?>> body = route.getRequestBodyType();
        if (body.isPresent() && route.isPermitsRequestBody()) {
            Object example = exampleBodies.get(body.get().getType());
            assertThat(example).as("an example body of type " + body.get().getType().getName() + " for "
                    + route.getHttpMethod() + " " + route.getUriMatchTemplate()
                    + "; add one to the feature's TenantResourceFixture").isNotNull();
            request.body(example);
        }
        try {
            return http.toBlocking().exchange(request).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    private Tenant tenant(String name) {
        User owner = accounts.createUser();
        Team team = accounts.createTeam(name);
        accounts.addMember(team, owner, TeamRole.OWNER);
        String token = sessions.start(owner.id(), SignInMethod.PASSCODE, new ClientInfo("127.0.0.1", "isolation"))
                .tokens().accessToken();
        return new Tenant(team, owner, token);
    }
}
