package dev.codevault.backend.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.error.Problem;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.UpdateVaultRequest;
import dev.codevault.common.vault.VaultView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Project names are unique in their team and vault names in their project, compared without regard to letter case,
 * surrounding spaces, invisible characters and look-alike forms, on creation and rename, also when two requests race.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UniqueNamesTest implements TestPropertyProvider {

    private static final int RACERS = 6;

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    private Api admin;
    private UUID teamId;
    private UUID otherTeamId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = PipelineSettings.on(database);
        properties.put("codevault.jobs.worker-enabled", "false");
        return properties;
    }

    @BeforeAll
    void createTeams() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Names");
        Team otherTeam = accounts.createTeam("Other names");
        accounts.addMember(team, user, TeamRole.ADMIN);
        accounts.addMember(otherTeam, user, TeamRole.ADMIN);
        teamId = team.id();
        otherTeamId = otherTeam.id();
        admin = new Api(http.toBlocking(), accounts.accessToken(user));
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Nested
    class Projects {

        @Test
        void rejectsSameNameInOtherCase() {
            createProject(teamId, "Billing");

            Problem problem = conflict(HttpRequest.POST("/teams/" + teamId + "/projects", new NameRequest(" billing ")));

            assertThat(problem.detail()).isEqualTo("The team already has a project named 'Billing', which counts as "
                    + "the same name as 'billing', because names that differ only in spaces at either end and letter "
                    + "case count as the same. Choose another name.");
        }

        @Test
        void rejectsExactDuplicate() {
            createProject(teamId, "Ledger");

            Problem problem = conflict(HttpRequest.POST("/teams/" + teamId + "/projects", new NameRequest("Ledger")));

            assertThat(problem.detail()).isEqualTo("The team already has a project named 'Ledger'. Choose another "
                    + "name.");
            assertThat(projectNames(teamId)).containsOnlyOnce("Ledger");
        }

        @Test
        void rejectsRenameOntoOtherProject() {
            createProject(teamId, "Alpha");
            UUID beta = createProject(teamId, "Beta");

            Problem problem = conflict(HttpRequest.PATCH("/projects/" + beta, new NameRequest("ALPHA")));

            assertThat(problem.detail()).contains("'Alpha'");
            assertThat(admin.get("/projects/" + beta, ProjectView.class).name()).isEqualTo("Beta");
        }

        @Test
        void renamesToOwnNameInOtherCase() {
            UUID id = createProject(teamId, "gamma");

            ProjectView renamed = admin.patch("/projects/" + id, new NameRequest("Gamma"), ProjectView.class);

            assertThat(renamed.name()).isEqualTo("Gamma");
        }

        @Test
        void allowsSameNameInOtherTeam() {
            createProject(teamId, "Everywhere");

            UUID other = createProject(otherTeamId, "Everywhere");

            assertThat(other).isNotNull();
        }

        @Test
        void letsOneOfRacingCreationsWin() throws Exception {
            List<Integer> statuses = race(() -> status(HttpRequest.POST("/teams/" + teamId + "/projects",
                    new NameRequest("Race"))));

            assertThat(statuses).containsOnly(HttpStatus.CREATED.getCode(), HttpStatus.CONFLICT.getCode());
            assertThat(statuses).containsOnlyOnce(HttpStatus.CREATED.getCode());
            assertThat(projectNames(teamId)).containsOnlyOnce("Race");
        }
    }

    @Nested
    class LookAlikes {

        @Test
        void rejectsNamesThatLookTheSame() {
            createProject(teamId, "Payments");

            for (String lookAlike : List.of("Payments\u00a0", "Payments\u200b", "\uff30ayments", "\u3000Payments",
                    "Pay\u200dments", "Payments\ufe0f")) {
                HttpClientResponseException failure = admin.failure(HttpRequest.POST("/teams/" + teamId + "/projects",
                        new NameRequest(lookAlike)));

                assertThat(failure.code()).as("status for %s", lookAlike.codePoints().boxed().toList())
                        .isEqualTo(HttpStatus.CONFLICT.getCode());
            }
        }

        @Test
        void rejectsJoinerInVaultName() {
            UUID project = createProject(teamId, "Joined vaults");
            createVault(project, "Beta");

            Problem problem = conflict(HttpRequest.POST("/projects/" + project + "/vaults",
                    new CreateVaultRequest("Be\u200dta", CodeSourceKind.ARCHIVE)));

            assertThat(problem.detail()).contains("invisible characters");
        }

        @Test
        void storesNameWithoutNoBreakSpaces() {
            UUID id = createProject(teamId, "\u00a0Trimmed\u3000");

            assertThat(admin.get("/projects/" + id, ProjectView.class).name()).isEqualTo("Trimmed");
        }

        @Test
        void rejectsNameOfFillersOnly() {
            Problem problem = invalid(HttpRequest.POST("/teams/" + teamId + "/projects",
                    new NameRequest("\u3164\u3164")));

            assertThat(problem.detail()).isEqualTo("Enter a name with visible characters.");
        }

        @Test
        void namesNormalisationAsReason() {
            createProject(teamId, "Caf\u00e9");

            Problem problem = conflict(HttpRequest.POST("/teams/" + teamId + "/projects",
                    new NameRequest("Cafe\u0301")));

            assertThat(problem.detail()).contains("because names that differ only in look-alike forms");
            assertThat(problem.detail()).doesNotContain("letter case");
        }

        @Test
        void namesSpacesAsReason() {
            createProject(teamId, "Receipts");

            Problem problem = conflict(HttpRequest.POST("/teams/" + teamId + "/projects",
                    new NameRequest("\u3000Receipts")));

            assertThat(problem.detail()).contains("because names that differ only in spaces at either end count as "
                    + "the same");
        }

        @Test
        void countsEmojiAsOneCharacter() {
            UUID id = createProject(teamId, "\ud83d\ude80".repeat(200));

            assertThat(admin.get("/projects/" + id, ProjectView.class).name()).hasSize(400);
        }

        @Test
        void countsAccentedLetterAsOneCharacter() {
            UUID project = createProject(teamId, "Accents");

            UUID vault = createVault(project, "e\u0301".repeat(200));

            assertThat(admin.get("/vaults/" + vault, VaultView.class).name()).hasSize(400);
        }

        @Test
        void rejectsNameOverTwoHundredCharacters() {
            Problem problem = invalid(HttpRequest.POST("/teams/" + teamId + "/projects",
                    new NameRequest("\ud83d\ude80".repeat(201))));

            assertThat(problem.detail()).isEqualTo("Use at most 200 characters for the name; this one has 201.");
        }
    }

    @Nested
    class Vaults {

        @Test
        void rejectsSameNameInProject() {
            UUID project = createProject(teamId, "Vault names");
            createVault(project, "backend");

            Problem problem = conflict(HttpRequest.POST("/projects/" + project + "/vaults",
                    new CreateVaultRequest("Backend", CodeSourceKind.ARCHIVE)));

            assertThat(problem.detail()).startsWith("The project already has a vault named 'backend'");
        }

        @Test
        void rejectsTakenNameBeforeRemoteCheck() {
            UUID project = createProject(teamId, "Git names");
            createVault(project, "mirror");

            Problem problem = conflict(HttpRequest.POST("/projects/" + project + "/vaults",
                    CreateVaultRequest.git("MIRROR", "https://127.0.0.1/unreachable.git", null, null, null)));

            assertThat(problem.detail()).contains("'mirror'");
        }

        @Test
        void rejectsRenameOntoOtherVault() {
            UUID project = createProject(teamId, "Vault renames");
            createVault(project, "first");
            UUID second = createVault(project, "second");

            Problem problem = conflict(HttpRequest.PATCH("/vaults/" + second, UpdateVaultRequest.rename("First ")));

            assertThat(problem.detail()).contains("'first'");
            assertThat(admin.get("/vaults/" + second, VaultView.class).name()).isEqualTo("second");
        }

        @Test
        void allowsSameNameInOtherProject() {
            UUID project = createProject(teamId, "Left");
            UUID otherProject = createProject(teamId, "Right");
            createVault(project, "app");

            UUID other = createVault(otherProject, "app");

            assertThat(other).isNotNull();
        }

        @Test
        void letsOneOfRacingCreationsWin() throws Exception {
            UUID project = createProject(teamId, "Vault race");

            List<Integer> statuses = race(() -> status(HttpRequest.POST("/projects/" + project + "/vaults",
                    new CreateVaultRequest("racer", CodeSourceKind.ARCHIVE))));

            assertThat(statuses).containsOnly(HttpStatus.CREATED.getCode(), HttpStatus.CONFLICT.getCode());
            assertThat(statuses).containsOnlyOnce(HttpStatus.CREATED.getCode());
            assertThat(admin.getList("/projects/" + project + "/vaults", VaultView.class)).hasSize(1);
        }
    }

    private UUID createProject(UUID team, String name) {
        return admin.post("/teams/" + team + "/projects", new NameRequest(name), ProjectView.class).body().id();
    }

    private UUID createVault(UUID project, String name) {
        return admin.post("/projects/" + project + "/vaults", new CreateVaultRequest(name, CodeSourceKind.ARCHIVE),
                VaultView.class).body().id();
    }

    private Problem conflict(MutableHttpRequest<?> request) {
        HttpClientResponseException failure = admin.failure(request);
        assertThat(failure.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        return Api.problemOf(failure);
    }

    private Problem invalid(MutableHttpRequest<?> request) {
        HttpClientResponseException failure = admin.failure(request);
        assertThat(failure.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        return Api.problemOf(failure);
    }

    private List<String> projectNames(UUID team) {
        return admin.getList("/teams/" + team + "/projects", ProjectView.class).stream().map(ProjectView::name)
                .toList();
    }

    /** Sends a request and returns its status, whether it succeeded or not. */
    private int status(MutableHttpRequest<?> request) {
        try {
            HttpResponse<?> response = http.toBlocking().exchange(request.bearerAuth(admin.token()));
            return response.code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    /** Runs the call from several threads that start together, and returns what each one returned. */
    private static List<Integer> race(Callable<Integer> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }
}
