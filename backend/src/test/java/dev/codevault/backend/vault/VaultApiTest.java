package dev.codevault.backend.vault;

import static dev.codevault.backend.testing.Api.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.Archives;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.error.Problem;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import io.micronaut.http.HttpRequest;
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

/** Projects and vaults through HTTP, with the queue's worker off so uploads stay pending. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VaultApiTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    private Team team;
    private Api admin;
    private Api member;
    private Api outsider;
    private UUID projectId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = PipelineSettings.on(database);
        properties.put("codevault.jobs.worker-enabled", "false");
        return properties;
    }

    @BeforeAll
    void createTeamAndPeople() {
        team = accounts.createTeam("Platform");
        admin = person(TeamRole.ADMIN);
        member = person(TeamRole.MEMBER);
        outsider = new Api(http.toBlocking(), accounts.accessToken(accounts.createUser()));
        projectId = admin.post("/teams/" + team.id() + "/projects", new NameRequest("Payments"), ProjectView.class)
                .body().id();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Nested
    class Projects {

        @Test
        void listsProjectsOfTeam() {
            assertThat(member.getList("/teams/" + team.id() + "/projects", ProjectView.class))
                    .extracting(ProjectView::name).contains("Payments");
        }

        @Test
        void renamesProject() {
            UUID id = admin.post("/teams/" + team.id() + "/projects", new NameRequest("Old"), ProjectView.class)
                    .body().id();

            ProjectView renamed = admin.patch("/projects/" + id, new NameRequest("  New  "), ProjectView.class);

            assertThat(renamed.name()).isEqualTo("New");
        }

        @Test
        void rejectsProjectCreationByMember() {
            HttpClientResponseException failure = member.failure(
                    HttpRequest.POST("/teams/" + team.id() + "/projects", new NameRequest("Mine")));

            assertThat(failure.code()).isEqualTo(403);
        }

        @Test
        void deletesProjectWithVaults() {
            UUID id = admin.post("/teams/" + team.id() + "/projects", new NameRequest("Doomed"), ProjectView.class)
                    .body().id();
            UUID vaultId = createVault(admin, id, "inside");

            admin.delete("/projects/" + id);

            assertThat(admin.failure(HttpRequest.GET("/vaults/" + vaultId)).code()).isEqualTo(404);
        }
    }

    @Nested
    class UnreadableInput {

        @Test
        void namesMalformedVaultId() {
            Problem problem = problemOf(admin.failure(HttpRequest.GET("/vaults/not-a-uuid")));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail()).isEqualTo("The path parameter vaultId is 'not-a-uuid', but it must be a "
                    + "UUID such as 123e4567-e89b-12d3-a456-426614174000.");
        }

        @Test
        void rejectsVaultIdWithShortGroup() {
            String shortId = "67336d11-4006-40c7-9b18-981b82017e6";

            Problem problem = problemOf(admin.failure(HttpRequest.GET("/vaults/" + shortId)));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail()).contains("vaultId is '" + shortId + "'");
        }

        @Test
        void namesUnknownSource() {
            Problem problem = problemOf(admin.failure(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    "{\"name\": \"svn\", \"source\": \"SVN\"}").contentType(MediaType.APPLICATION_JSON_TYPE)));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail()).isEqualTo("The field source is 'SVN', but it must be one of ARCHIVE, GIT.");
        }

        @Test
        void namesUnknownSchedule() {
            Problem problem = problemOf(admin.failure(HttpRequest.POST("/projects/" + projectId + "/vaults",
                    "{\"name\": \"hourly\", \"source\": \"GIT\", \"remoteUrl\": \"https://example.com/a.git\", "
                            + "\"schedule\": \"HOURLY\"}").contentType(MediaType.APPLICATION_JSON_TYPE)));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail()).startsWith("The field schedule is 'HOURLY', but it must be one of ");
        }

        @Test
        void namesVersionNumberThatIsNotNumber() {
            Problem problem = problemOf(admin.failure(HttpRequest.GET("/vaults/" + UUID.randomUUID()
                    + "/versions/abc")));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail()).isEqualTo("The path parameter number is 'abc', but it must be a whole "
                    + "number.");
        }

        @Test
        void namesRangeOfTooLargeVersionNumber() {
            Problem problem = problemOf(admin.failure(HttpRequest.GET("/vaults/" + UUID.randomUUID()
                    + "/versions/99999999999999999999")));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail()).isEqualTo("The path parameter number is '99999999999999999999', but it must "
                    + "be a whole number from 1 to 2147483647.");
        }

        @Test
        void namesQueryValueThatIsNotNumber() {
            Problem problem = problemOf(admin.failure(HttpRequest.GET("/vaults/" + UUID.randomUUID()
                    + "/comparison?from=x&to=2")));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail()).isEqualTo("The query parameter from is 'x', but it must be a whole number.");
        }

        @Test
        void namesMissingQueryValue() {
            Problem problem = problemOf(admin.failure(HttpRequest.GET("/vaults/" + UUID.randomUUID()
                    + "/comparison?to=2")));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail()).isEqualTo("The query parameter from is missing.");
        }

        @Test
        void shortensLongValue() {
            String longId = "x".repeat(300);

            Problem problem = problemOf(admin.failure(HttpRequest.GET("/vaults/" + longId)));

            assertThat(problem.detail()).contains("'" + "x".repeat(60) + "...'");
        }
    }

    @Nested
    class Validation {

        @Test
        void rejectsBlankName() {
            HttpClientResponseException failure = admin.failure(HttpRequest.POST("/projects/" + projectId
                    + "/vaults", new CreateVaultRequest("   ", CodeSourceKind.ARCHIVE)));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Api.problemOf(failure).detail()).contains("Enter a name with visible characters.");
        }

        @Test
        void namesFieldWithoutParameterPrefix() {
            HttpClientResponseException failure = admin.failure(HttpRequest.POST("/projects/" + projectId
                    + "/vaults", new CreateVaultRequest("   ", CodeSourceKind.ARCHIVE)));

            assertThat(Api.problemOf(failure).detail()).doesNotContain("request.").doesNotContain(";");
        }

        @Test
        void explainsVersionNumberBelowOne() {
            HttpClientResponseException failure = admin.failure(HttpRequest.GET("/vaults/" + UUID.randomUUID()
                    + "/versions/0"));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Api.problemOf(failure).detail()).isEqualTo("The parameter number must be greater than 0.");
        }

        @Test
        void rejectsNameWithLineBreak() {
            HttpClientResponseException failure = admin.failure(HttpRequest.POST("/projects/" + projectId
                    + "/vaults", new CreateVaultRequest("two\nlines", CodeSourceKind.ARCHIVE)));

            assertThat(Api.problemOf(failure).detail()).contains("control characters");
        }

        @Test
        void rejectsOverlongName() {
            HttpClientResponseException failure = admin.failure(HttpRequest.POST("/projects/" + projectId
                    + "/vaults", new CreateVaultRequest("x".repeat(201), CodeSourceKind.ARCHIVE)));

            assertThat(Api.problemOf(failure).detail()).contains("at most 200 characters");
        }

        @Test
        void rejectsGitSourceWithoutUrl() {
            HttpClientResponseException failure = admin.failure(HttpRequest.POST("/projects/" + projectId
                    + "/vaults", new CreateVaultRequest("remote", CodeSourceKind.GIT)));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Api.problemOf(failure).detail()).contains("needs the repository's https URL");
        }

        @Test
        void rejectsMalformedId() {
            HttpClientResponseException failure = admin.failure(HttpRequest.GET("/vaults/not-a-uuid"));

            assertThat(failure.code()).isEqualTo(400);
        }
    }

    @Nested
    class Uploads {

        @Test
        void queuesUploadOfMember() {
            UUID vaultId = createVault(member, projectId, "queued");

            VaultView vault = upload(member, vaultId).body();

            assertThat(vault.state().status()).isEqualTo(VaultStatus.QUEUED);
        }

        @Test
        void namesMissingArchiveName() {
            UUID vaultId = createVault(member, projectId, "unnamed");

            HttpClientResponseException failure = member.failure(HttpRequest.POST("/vaults/" + vaultId + "/archives",
                    smallArchive()).contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Api.problemOf(failure).detail()).isEqualTo("The query parameter name is missing. Send the "
                    + "archive's file name in it, such as ?name=code.zip.");
        }

        @Test
        void acceptsUploadAfterMissingName() {
            UUID vaultId = createVault(member, projectId, "renamed upload");
            member.failure(HttpRequest.POST("/vaults/" + vaultId + "/archives?name=", smallArchive())
                    .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE));

            VaultView vault = upload(member, vaultId).body();

            assertThat(vault.state().status()).isEqualTo(VaultStatus.QUEUED);
        }

        @Test
        void rejectsSecondUploadWhileFirstWaits() {
            UUID vaultId = createVault(member, projectId, "busy");
            upload(member, vaultId);

            HttpClientResponseException failure = member.failure(uploadRequest(vaultId));

            assertThat(failure.code()).isEqualTo(409);
            assertThat(Api.problemOf(failure).detail()).contains("still waits for its import");
        }

        @Test
        void rejectsVaultDeletionByMember() {
            UUID vaultId = createVault(member, projectId, "kept");

            assertThat(member.failure(HttpRequest.DELETE("/vaults/" + vaultId)).code()).isEqualTo(403);
        }
    }

    @Nested
    class Isolation {

        @Test
        void hidesEveryVaultRouteFromOutsider() {
            UUID vaultId = createVault(admin, projectId, "hidden");
            List<MutableHttpRequest<?>> requests = List.of(
                    HttpRequest.GET("/vaults/" + vaultId),
                    HttpRequest.PATCH("/vaults/" + vaultId, new NameRequest("mine")),
                    HttpRequest.DELETE("/vaults/" + vaultId),
                    HttpRequest.GET("/vaults/" + vaultId + "/versions"),
                    HttpRequest.GET("/vaults/" + vaultId + "/versions/1"),
                    HttpRequest.GET("/vaults/" + vaultId + "/versions/1/details"),
                    HttpRequest.GET("/vaults/" + vaultId + "/comparison?from=1&to=1"),
                    HttpRequest.GET("/vaults/" + vaultId + "/state/events"),
                    uploadRequest(vaultId),
                    HttpRequest.GET("/projects/" + projectId),
                    HttpRequest.GET("/projects/" + projectId + "/vaults"),
                    HttpRequest.POST("/projects/" + projectId + "/vaults",
                            new CreateVaultRequest("intruder", CodeSourceKind.ARCHIVE)),
                    HttpRequest.PATCH("/projects/" + projectId, new NameRequest("mine")),
                    HttpRequest.DELETE("/projects/" + projectId),
                    HttpRequest.GET("/teams/" + team.id() + "/projects"));

            for (MutableHttpRequest<?> request : requests) {
                assertThat(outsider.failure(request).code())
                        .as("%s %s", request.getMethodName(), request.getPath()).isEqualTo(404);
            }
            assertThat(admin.get("/vaults/" + vaultId, VaultView.class).name()).isEqualTo("hidden");
        }
    }

    private Api person(TeamRole role) {
        User user = accounts.createUser();
        accounts.addMember(team, user, role);
        return new Api(http.toBlocking(), accounts.accessToken(user));
    }

    private static UUID createVault(Api api, UUID project, String name) {
        return api.post("/projects/" + project + "/vaults", new CreateVaultRequest(name, CodeSourceKind.ARCHIVE),
                VaultView.class).body().id();
    }

    private static io.micronaut.http.HttpResponse<VaultView> upload(Api api, UUID vaultId) {
        return api.upload("/vaults/" + vaultId + "/archives?name=app.zip", smallArchive(), VaultView.class);
    }

    private static MutableHttpRequest<?> uploadRequest(UUID vaultId) {
        return HttpRequest.POST("/vaults/" + vaultId + "/archives?name=app.zip", smallArchive())
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE);
    }

    private static byte[] smallArchive() {
        return Archives.zip(Map.of("src/App.java", "class App {\n}\n", "README.md", "# App\n"));
    }
}
