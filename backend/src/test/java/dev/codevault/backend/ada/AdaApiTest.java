package dev.codevault.backend.ada;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.ada.AdaApi;
import dev.codevault.common.ada.AdaInsights;
import dev.codevault.common.ada.AdaQuestion;
import dev.codevault.common.error.Problem;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Ada's endpoints on a server without AI service settings. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdaApiTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    private Api owner;
    private Api outsider;
    private UUID vaultId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = PipelineSettings.on(database);
        properties.put("codevault.jobs.worker-enabled", "false");
        return properties;
    }

    @BeforeAll
    void createVault() {
        Team team = accounts.createTeam("Ada");
        User person = accounts.createUser();
        accounts.addMember(team, person, TeamRole.OWNER);
        owner = new Api(http.toBlocking(), accounts.accessToken(person));
        outsider = new Api(http.toBlocking(), accounts.accessToken(accounts.createUser()));
        UUID projectId = owner.post("/teams/" + team.id() + "/projects", new NameRequest("Ada"), ProjectView.class)
                .body().id();
        vaultId = owner.post("/projects/" + projectId + "/vaults", new CreateVaultRequest("app",
                CodeSourceKind.ARCHIVE), VaultView.class).body().id();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void statusNamesSettingsToMake() {
        HttpClientResponseException failure = owner.failure(HttpRequest.GET("/ada/status"));

        Problem problem = Api.problemOf(failure);
        assertThat(failure.code()).isEqualTo(503);
        assertThat(problem.type()).isEqualTo(Problem.TYPE_PREFIX + AdaApi.NOT_CONFIGURED_PROBLEM);
        assertThat(problem.detail()).contains("CODEVAULT_ADA_BASE_URL", "CODEVAULT_ADA_API_KEY",
                "CODEVAULT_ADA_MODEL");
    }

    @Test
    void chatAnswersNotConfiguredProblem() {
        HttpClientResponseException failure = owner.failure(chat());

        assertThat(failure.code()).isEqualTo(503);
        assertThat(Api.problemOf(failure).type()).isEqualTo(Problem.TYPE_PREFIX + AdaApi.NOT_CONFIGURED_PROBLEM);
    }

    @Test
    void chatHidesVaultOfOtherTeam() {
        HttpClientResponseException failure = outsider.failure(chat());

        assertThat(failure.code()).isEqualTo(404);
    }

    @Test
    void insightsOfferSuggestedQuestions() {
        AdaInsights insights = owner.get("/vaults/" + vaultId + "/ada/insights", AdaInsights.class);

        assertThat(insights.insights()).isEmpty();
        assertThat(insights.suggestedQuestions()).isNotEmpty();
    }

    private MutableHttpRequest<AdaQuestion> chat() {
        return HttpRequest.POST(AdaApi.CHAT_PATH.replace("{vaultId}", vaultId.toString()),
                        new AdaQuestion("What does this code base consist of?", List.of()))
                .accept(MediaType.TEXT_EVENT_STREAM_TYPE, MediaType.of(Problem.MEDIA_TYPE));
    }
}
