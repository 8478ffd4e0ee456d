package dev.codevault.backend.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.error.Problem;
import dev.codevault.common.team.Invitation;
import dev.codevault.common.team.TeamSummary;
import io.micronaut.context.BeanContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.Deserializer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every JSON request body rejects a value of the wrong JSON type with 400 naming the field and the JSON type it takes.
 * No body converts such a value, so an array with one item never passes for the item, nor a number for text.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBodyTypesTest implements TestPropertyProvider {

    private static final String TEXT = "text in double quotes.";
    private static final String UUID_TEXT = "a UUID such as 123e4567-e89b-12d3-a456-426614174000, as text in double "
            + "quotes.";

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    Router router;

    @Inject
    BeanContext beans;

    private Api admin;
    private UUID teamId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = PipelineSettings.on(database);
        properties.put("codevault.jobs.worker-enabled", "false");
        return properties;
    }

    @BeforeAll
    void createTeam() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Types");
        accounts.addMember(team, user, TeamRole.ADMIN);
        teamId = team.id();
        admin = new Api(http.toBlocking(), accounts.accessToken(user));
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void checksEveryRouteBodyType() {
        List<String> unchecked = router.uriRoutes()
                .flatMap(route -> route.getBodyArgument().stream())
                .map(Argument::getType)
                .filter(type -> type.getPackageName().startsWith("dev.codevault"))
                .distinct()
                .filter(type -> beans.getBeanDefinitions(Deserializer.class).stream()
                        .noneMatch(definition -> definition.getTypeArguments(Deserializer.class).stream()
                                .map(Argument::getType)
                                .toList()
                                .equals(List.of(type))))
                .map(Class::getName)
                .toList();

        // Only RequestBodyDeserializers defines a deserializer bean for one body type. Without one, a new body type
        // would take wrong JSON types converted.
        assertThat(unchecked).as("request body types without a deserializer from RequestBodyDeserializers")
                .isEmpty();
    }

    @Nested
    class SignIn {

        @Test
        void rejectsArrayWithOneEmail() {
            Problem problem = rejected(HttpRequest.POST("/auth/passcode", "{\"email\": [\"someone@example.com\"]}"));

            assertThat(problem.detail()).isEqualTo("The field email must be " + TEXT);
        }

        @Test
        void rejectsArrayWithTwoEmails() {
            Problem problem = rejected(HttpRequest.POST("/auth/passcode",
                    "{\"email\": [\"someone@example.com\", \"other@example.com\"]}"));

            assertThat(problem.detail()).isEqualTo("The field email must be " + TEXT);
        }

        @Test
        void rejectsNumberAsEmail() {
            Problem problem = rejected(HttpRequest.POST("/auth/passcode", "{\"email\": 123}"));

            assertThat(problem.detail()).isEqualTo("The field email must be " + TEXT);
        }

        @Test
        void rejectsArrayAsAttemptId() {
            Problem problem = rejected(HttpRequest.POST("/auth/passcode/verify",
                    "{\"attemptId\": [\"" + UUID.randomUUID() + "\"], \"code\": \"123456\"}"));

            assertThat(problem.detail()).isEqualTo("The field attemptId must be " + UUID_TEXT);
        }

        @Test
        void rejectsFlagAsPasscode() {
            Problem problem = rejected(HttpRequest.POST("/auth/passcode/verify",
                    "{\"attemptId\": \"" + UUID.randomUUID() + "\", \"code\": true}"));

            assertThat(problem.detail()).isEqualTo("The field code must be " + TEXT);
        }

        @Test
        void rejectsNumberAsRefreshToken() {
            Problem problem = rejected(HttpRequest.POST("/auth/token/refresh", "{\"refreshToken\": 4242424242}"));

            assertThat(problem.detail()).isEqualTo("The field refreshToken must be " + TEXT);
            assertThat(problem.detail()).doesNotContain("4242424242");
        }

        @Test
        void rejectsArrayAsRefreshTokenWithoutValue() {
            Problem problem = rejected(HttpRequest.POST("/auth/token/refresh",
                    "{\"refreshToken\": [\"secret-refresh-token\"]}"));

            assertThat(problem.detail()).isEqualTo("The field refreshToken must be " + TEXT);
            assertThat(problem.detail()).doesNotContain("secret-refresh-token");
        }

        @Test
        void rejectsArrayAsSignOutToken() {
            Problem problem = rejected(HttpRequest.POST("/auth/sign-out", "{\"refreshToken\": [\"x\"]}"));

            assertThat(problem.detail()).isEqualTo("The field refreshToken must be " + TEXT);
        }

        @Test
        void rejectsNumberAsCodeVerifier() {
            Problem problem = rejected(HttpRequest.POST("/auth/token/code",
                    "{\"code\": \"abc\", \"codeVerifier\": 12345, \"redirectUri\": \"http://127.0.0.1:1/\"}"));

            assertThat(problem.detail()).isEqualTo("The field codeVerifier must be " + TEXT);
        }

        @Test
        void rejectsNumberAsPasskeyCredentialId() {
            Problem problem = rejected(HttpRequest.POST("/auth/passkey/verify",
                    "{\"ceremonyId\": \"" + UUID.randomUUID() + "\", \"credential\": {\"id\": 12, "
                            + "\"type\": \"public-key\", \"response\": {\"clientDataJSON\": \"AAAA\", "
                            + "\"authenticatorData\": \"AAAA\", \"signature\": \"AAAA\"}}}"));

            assertThat(problem.detail()).isEqualTo("The field credential.id must be " + TEXT);
        }

        @Test
        void rejectsArrayAsUserHandle() {
            Problem problem = rejected(HttpRequest.POST("/auth/passkey/verify",
                    "{\"ceremonyId\": \"" + UUID.randomUUID() + "\", \"credential\": {\"id\": \"AAAA\", "
                            + "\"type\": \"public-key\", \"response\": {\"clientDataJSON\": \"AAAA\", "
                            + "\"authenticatorData\": \"AAAA\", \"signature\": \"AAAA\", "
                            + "\"userHandle\": [\"AAAA\"]}}}"));

            assertThat(problem.detail()).isEqualTo("The field credential.response.userHandle must be " + TEXT);
        }

        @Test
        void keepsIgnoringUnknownWebAuthnFields() {
            HttpClientResponseException failure = admin.failure(HttpRequest.POST("/auth/passkey/verify",
                    "{\"ceremonyId\": \"" + UUID.randomUUID() + "\", \"credential\": {\"id\": \"AAAA\", "
                            + "\"rawId\": \"AAAA\", \"type\": \"public-key\", \"clientExtensionResults\": {}, "
                            + "\"authenticatorAttachment\": \"platform\", \"response\": {\"clientDataJSON\": \"AAAA\", "
                            + "\"authenticatorData\": \"AAAA\", \"signature\": \"AAAA\", \"userHandle\": \"AAAA\"}}}")
                    .contentType(MediaType.APPLICATION_JSON_TYPE));

            assertThat(failure.code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
            assertThat(Api.problemOf(failure).detail()).contains("expired or was answered already");
        }
    }

    @Nested
    class Account {

        @Test
        void rejectsNumberAsDisplayName() {
            Problem problem = rejected(HttpRequest.PATCH("/account", "{\"displayName\": 7}"));

            assertThat(problem.detail()).isEqualTo("The field displayName must be " + TEXT);
        }

        @Test
        void rejectsNumberInTransports() {
            Problem problem = rejected(HttpRequest.POST("/account/passkeys",
                    "{\"ceremonyId\": \"" + UUID.randomUUID() + "\", \"credential\": {\"id\": \"AAAA\", "
                            + "\"type\": \"public-key\", \"response\": {\"clientDataJSON\": \"AAAA\", "
                            + "\"attestationObject\": \"AAAA\", \"transports\": [\"usb\", 5]}}}"));

            assertThat(problem.detail()).isEqualTo("The field credential.response.transports[1] must be " + TEXT);
        }
    }

    @Nested
    class Teams {

        @Test
        void rejectsArrayAsTeamName() {
            Problem problem = rejected(HttpRequest.POST("/teams", "{\"name\": [\"x\", \"y\"]}"));

            assertThat(problem.detail()).isEqualTo("The field name must be " + TEXT);
        }

        @Test
        void rejectsArrayWithOneTeamName() {
            Problem problem = rejected(HttpRequest.POST("/teams", "{\"name\": [\"Unwrapped\"]}"));

            assertThat(problem.detail()).isEqualTo("The field name must be " + TEXT);
            assertThat(admin.getList("/teams", TeamSummary.class)).extracting(TeamSummary::name)
                    .doesNotContain("Unwrapped");
        }

        @Test
        void rejectsArrayAsInvitedEmail() {
            Problem problem = rejected(HttpRequest.POST("/teams/" + teamId + "/invitations",
                    "{\"email\": [\"invited@example.com\"], \"role\": \"MEMBER\"}"));

            assertThat(problem.detail()).isEqualTo("The field email must be " + TEXT);
            assertThat(admin.getList("/teams/" + teamId + "/invitations", Invitation.class))
                    .extracting(Invitation::email).doesNotContain("invited@example.com");
        }

        @Test
        void listsRolesForNumberAsRole() {
            Problem problem = rejected(HttpRequest.POST("/teams/" + teamId + "/invitations",
                    "{\"email\": \"role@example.com\", \"role\": 1}"));

            assertThat(problem.detail()).startsWith("The field role must be one of ");
            assertThat(problem.detail()).endsWith(", as text in double quotes.");
        }
    }

    private Problem rejected(MutableHttpRequest<String> request) {
        HttpClientResponseException failure = admin.failure(request.contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(failure.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        return Api.problemOf(failure);
    }
}
