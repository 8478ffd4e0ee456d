package dev.codevault.backend.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.auth.AccountInfo;
import dev.codevault.common.error.Problem;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.VaultView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
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
 * JSON bodies of signed-in calls with a field their request type does not have, such as a misspelt one, are rejected
 * with 400 naming the field. The sign-in calls keep ignoring such fields.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnknownFieldsTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    private Api admin;
    private UUID teamId;
    private UUID projectId;
    private UUID vaultId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = PipelineSettings.on(database);
        properties.put("codevault.jobs.worker-enabled", "false");
        return properties;
    }

    @BeforeAll
    void createProjectAndVault() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Typos");
        accounts.addMember(team, user, TeamRole.ADMIN);
        teamId = team.id();
        admin = new Api(http.toBlocking(), accounts.accessToken(user));
        projectId = admin.post("/teams/" + teamId + "/projects", new NameRequest("Spelling"), ProjectView.class)
                .body().id();
        vaultId = admin.post("/projects/" + projectId + "/vaults",
                new CreateVaultRequest("uploads", CodeSourceKind.ARCHIVE), VaultView.class).body().id();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Nested
    class Projects {

        @Test
        void rejectsMisspeltNameOnCreation() {
            Problem problem = rejected(HttpRequest.POST("/teams/" + teamId + "/projects", "{\"nmae\": \"Typo\"}"));

            assertThat(problem.detail()).isEqualTo("Unknown field 'nmae' in the request. Allowed fields: name.");
            assertThat(projectNames()).doesNotContain("Typo");
        }

        @Test
        void rejectsUnknownFieldAfterKnownOnes() {
            Problem problem = rejected(HttpRequest.POST("/teams/" + teamId + "/projects",
                    "{\"name\": \"Late typo\", \"colour\": \"red\"}"));

            assertThat(problem.detail()).contains("Unknown field 'colour'");
            assertThat(projectNames()).doesNotContain("Late typo");
        }

        @Test
        void rejectsUnknownFieldOnRename() {
            Problem problem = rejected(HttpRequest.PATCH("/projects/" + projectId,
                    "{\"name\": \"Renamed\", \"nmae\": \"Renamed\"}"));

            assertThat(problem.detail()).contains("Unknown field 'nmae'").contains("Allowed fields: name.");
            assertThat(admin.get("/projects/" + projectId, ProjectView.class).name()).isEqualTo("Spelling");
        }
    }

    @Nested
    class Vaults {

        @Test
        void rejectsMisspeltRemoteUrlOnCreation() {
            Problem problem = rejected(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    "{\"name\": \"mirror\", \"source\": \"GIT\", \"remoteURL\": \"https://example.com/a.git\"}"));

            assertThat(problem.detail()).isEqualTo("Unknown field 'remoteURL' in the request. Allowed fields: name, "
                    + "source, remoteUrl, branch, credentials, schedule.");
        }

        @Test
        void rejectsMisspeltRemoteUrlOnUpdate() {
            Problem problem = rejected(HttpRequest.PATCH("/vaults/" + vaultId,
                    "{\"remoteURL\": \"https://example.com/a.git\"}"));

            assertThat(problem.detail()).isEqualTo("Unknown field 'remoteURL' in the request. Allowed fields: name, "
                    + "remoteUrl, branch, followDefaultBranch, credentials.");
        }

        @Test
        void rejectsUnknownFieldAfterNameOnUpdate() {
            Problem problem = rejected(HttpRequest.PATCH("/vaults/" + vaultId,
                    "{\"name\": \"renamed\", \"nmae\": \"renamed\"}"));

            assertThat(problem.detail()).contains("Unknown field 'nmae'");
            assertThat(admin.get("/vaults/" + vaultId, VaultView.class).name()).isEqualTo("uploads");
        }

        @Test
        void rejectsUnknownCredentialFieldWithoutItsValue() {
            Problem problem = rejected(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    "{\"name\": \"private\", \"source\": \"GIT\", \"remoteUrl\": \"https://example.com/a.git\", "
                            + "\"credentials\": {\"username\": \"me\", \"token\": \"glpat-secret-value\"}}"));

            assertThat(problem.detail()).isEqualTo("Unknown field 'credentials.token' in the request. Allowed "
                    + "fields of credentials: username, secret.");
            assertThat(problem.detail()).doesNotContain("glpat-secret-value");
        }

        @Test
        void namesUnknownFieldOfCredentialsBody() {
            Problem problem = rejected(HttpRequest.PUT("/vaults/" + vaultId + "/credentials",
                    "{\"username\": \"me\", \"token\": \"glpat-secret-value\"}"));

            assertThat(problem.detail()).isEqualTo("Unknown field 'token' in the request. Allowed fields: username, "
                    + "secret.");
        }

        @Test
        void namesNumberAsSecretByPath() {
            Problem problem = rejected(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    "{\"name\": \"private\", \"source\": \"GIT\", \"remoteUrl\": \"https://example.com/a.git\", "
                            + "\"credentials\": {\"username\": \"me\", \"secret\": 4242424242}}"));

            assertThat(problem.detail()).isEqualTo("The field credentials.secret must be text in double quotes.");
            assertThat(problem.detail()).doesNotContain("4242424242");
        }

        @Test
        void namesArrayAsUsernameByPath() {
            Problem problem = rejected(HttpRequest.PATCH("/vaults/" + vaultId,
                    "{\"credentials\": {\"username\": [\"me\"], \"secret\": \"glpat-secret-value\"}}"));

            assertThat(problem.detail()).isEqualTo("The field credentials.username must be text in double quotes.");
        }

        @Test
        void rejectsUnknownScheduleField() {
            Problem problem = rejected(HttpRequest.PUT("/vaults/" + vaultId + "/schedule",
                    "{\"schedule\": \"WEEKLY\", \"day\": \"MONDAY\"}"));

            assertThat(problem.detail()).contains("Unknown field 'day'").contains("Allowed fields: schedule.");
        }

        @Test
        void shortensLongFieldName() {
            String longName = "x".repeat(500);

            Problem problem = rejected(HttpRequest.PATCH("/vaults/" + vaultId, "{\"" + longName + "\": 1}"));

            assertThat(problem.detail()).contains("'" + "x".repeat(60) + "...'").doesNotContain("x".repeat(61));
        }

        @Test
        void rejectsNumberAsName() {
            Problem problem = rejected(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    "{\"name\": 123, \"source\": \"ARCHIVE\"}"));

            assertThat(problem.detail()).isEqualTo("The field name must be text in double quotes.");
        }

        @Test
        void rejectsNumberAsProjectName() {
            Problem problem = rejected(HttpRequest.POST("/teams/" + teamId + "/projects", "{\"name\": 123}"));

            assertThat(problem.detail()).isEqualTo("The field name must be text in double quotes.");
            assertThat(projectNames()).doesNotContain("123");
        }

        @Test
        void listsSourcesForNumberAsSource() {
            Problem problem = rejected(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    "{\"name\": \"numbered\", \"source\": 1}"));

            assertThat(problem.detail()).isEqualTo("The field source must be one of ARCHIVE, GIT, as text in double "
                    + "quotes.");
        }

        @Test
        void listsSchedulesForNumberAsSchedule() {
            Problem problem = rejected(HttpRequest.PUT("/vaults/" + vaultId + "/schedule", "{\"schedule\": 7}"));

            assertThat(problem.detail()).isEqualTo("The field schedule must be one of MANUAL, WEEKLY, MONTHLY, as text "
                    + "in double quotes.");
        }

        @Test
        void namesTextAsCredentialsWithoutValue() {
            Problem problem = rejected(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    "{\"name\": \"private\", \"source\": \"GIT\", \"remoteUrl\": \"https://example.com/a.git\", "
                            + "\"credentials\": \"me:glpat-secret-value\"}"));

            assertThat(problem.detail()).isEqualTo("The field credentials must be a JSON object with the fields "
                    + "username, secret.");
            assertThat(problem.detail()).doesNotContain("glpat-secret-value");
        }

        @Test
        void namesFieldsForArrayAsCredentials() {
            Problem problem = rejected(HttpRequest.PUT("/vaults/" + vaultId + "/credentials",
                    "[\"me\", \"glpat-secret-value\"]"));

            assertThat(problem.detail()).isEqualTo("The request body must be a JSON object with the fields username, "
                    + "secret.");
        }

        @Test
        void rejectsTextAsFlag() {
            Problem problem = rejected(HttpRequest.PATCH("/vaults/" + vaultId, "{\"followDefaultBranch\": \"yes\"}"));

            assertThat(problem.detail()).isEqualTo("The field followDefaultBranch must be true or false, without "
                    + "quotes.");
        }

        @Test
        void namesEveryFieldWhenNothingChanges() {
            Problem problem = rejected(HttpRequest.PATCH("/vaults/" + vaultId, "{}"));

            assertThat(problem.detail()).isEqualTo("The request changes nothing. Send at least one of the fields "
                    + "name, remoteUrl, branch and credentials, or followDefaultBranch set to true.");
        }

        @Test
        void rejectsEmptyNameOnUpdateAsOnCreation() {
            Problem onCreation = rejected(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    "{\"name\": \"\", \"source\": \"ARCHIVE\"}"));
            Problem onUpdate = rejected(HttpRequest.PATCH("/vaults/" + vaultId, "{\"name\": \"\"}"));

            assertThat(onCreation.detail()).contains("Enter a name with visible characters.");
            assertThat(onUpdate.detail()).isEqualTo(onCreation.detail());
        }

        @Test
        void rejectsRemoteFieldsOfArchiveVault() {
            Problem problem = rejected(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    "{\"name\": \"plain\", \"source\": \"ARCHIVE\", \"schedule\": \"WEEKLY\", "
                            + "\"remoteUrl\": \"https://example.com/a.git\"}"));

            assertThat(problem.detail()).isEqualTo("The fields remoteUrl, branch, credentials and schedule are for "
                    + "git vaults only. Leave them out for an ARCHIVE vault, or create a GIT vault.");
        }

        @Test
        void acceptsKnownFieldsInAnyOrder() {
            VaultView created = http.toBlocking().retrieve(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    "{\"source\": \"ARCHIVE\", \"schedule\": null, \"name\": \"ordered\"}")
                    .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin.token()), VaultView.class);

            assertThat(created.name()).isEqualTo("ordered");
        }
    }

    @Nested
    class Account {

        @Test
        void rejectsMisspeltDisplayName() {
            Problem problem = rejected(HttpRequest.PATCH("/account", "{\"dispalyName\": \"Typo\"}"));

            assertThat(problem.detail()).isEqualTo("Unknown field 'dispalyName' in the request. Allowed fields: "
                    + "displayName.");
            assertThat(admin.get("/account", AccountInfo.class).displayName()).isNotEqualTo("Typo");
        }

        @Test
        void rejectsUnknownFieldAfterDisplayName() {
            Problem problem = rejected(HttpRequest.PATCH("/account", "{\"displayName\": \"Late\", \"nmae\": \"x\"}"));

            assertThat(problem.detail()).contains("Unknown field 'nmae'");
            assertThat(admin.get("/account", AccountInfo.class).displayName()).isNotEqualTo("Late");
        }

        @Test
        void rejectsMisspeltTeamName() {
            Problem problem = rejected(HttpRequest.POST("/teams", "{\"nmae\": \"Typo team\"}"));

            assertThat(problem.detail()).isEqualTo("Unknown field 'nmae' in the request. Allowed fields: name.");
        }

        @Test
        void rejectsUnknownInvitationField() {
            Problem problem = rejected(HttpRequest.POST("/teams/" + teamId + "/invitations",
                    "{\"email\": \"late@example.com\", \"role\": \"MEMBER\", \"message\": \"hi\"}"));

            assertThat(problem.detail()).isEqualTo("Unknown field 'message' in the request. Allowed fields: email, "
                    + "role.");
        }
    }

    @Test
    void keepsIgnoringUnknownFieldsOfSignIn() {
        HttpResponse<?> response = http.toBlocking().exchange(HttpRequest.POST("/auth/passcode",
                "{\"email\": \"someone@example.com\", \"clientExtensionResults\": {}}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(response.code()).isLessThan(300);
    }

    private Problem rejected(MutableHttpRequest<String> request) {
        HttpClientResponseException failure = admin.failure(request.contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(failure.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        return Api.problemOf(failure);
    }

    private List<String> projectNames() {
        return admin.getList("/teams/" + teamId + "/projects", ProjectView.class).stream().map(ProjectView::name)
                .toList();
    }
}
