package dev.codevault.desktop.ada;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.ada.AdaApi;
import dev.codevault.common.ada.AdaAuthor;
import dev.codevault.common.ada.AdaInsight;
import dev.codevault.common.ada.AdaInsights;
import dev.codevault.common.ada.AdaQuestion;
import dev.codevault.common.ada.AdaStatus;
import dev.codevault.common.ada.AnswerEnd;
import dev.codevault.common.error.Problem;
import dev.codevault.common.team.MemberRole;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.server.ServerProblemException;
import dev.codevault.desktop.testing.Fakes;
import dev.codevault.desktop.testing.InlineBackground;
import dev.codevault.desktop.testing.TestData;
import dev.codevault.desktop.vaults.VaultItem;
import dev.codevault.desktop.workspace.Workspace;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Ada panel's view model, tested without a window against a fake Ada API and chat. */
class AdaViewModelTest {

    private static final Problem NOT_CONFIGURED = Problem.of(AdaApi.NOT_CONFIGURED_PROBLEM, "Ada is unavailable",
            503, "Ada is not configured on this server. An administrator must set CODEVAULT_ADA_BASE_URL, "
                    + "CODEVAULT_ADA_API_KEY and CODEVAULT_ADA_MODEL, then restart the server.");

    private final Workspace workspace = new Workspace(new ErrorPresenter());
    private final List<AdaQuestion> asked = new ArrayList<>();
    private boolean configured = true;
    private RuntimeException chatFailure;
    private boolean vaultExists = true;
    private boolean serverReachable = true;

    private final AdaClient client = Fakes.of(AdaClient.class)
            .answer("status", args -> {
                if (!serverReachable) {
                    throw new HttpClientException("Connect Error: Connection refused");
                }
                if (!configured) {
                    throw new HttpClientResponseException("Service Unavailable",
                            HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(NOT_CONFIGURED));
                }
                return new AdaStatus("test-model");
            })
            .answer("insights", args -> !vaultExists ? null : new AdaInsights(List.of(new AdaInsight("Mostly Java",
                    "Nine tenths of the code is Java.", 1, TestData.NOW)), List.of("What does it cost?")))
            .build();
    private final AdaChat chat = new AdaChat(null) {
        @Override
        public AnswerEnd ask(UUID vaultId, AdaQuestion question, Consumer<String> chunks) throws IOException {
            asked.add(question);
            if (chatFailure != null) {
                throw chatFailure;
            }
            chunks.accept("Mostly ");
            chunks.accept("Java.");
            return new AnswerEnd(List.of("Which files are the most complex?"));
        }
    };
    private final AdaViewModel viewModel = new AdaViewModel(client, chat, new InlineBackground(), workspace);

    @Nested
    class Availability {

        @Test
        void waitsForVault() {
            assertThat(viewModel.getState()).isEqualTo(AdaState.NO_VAULT);
            assertThat(viewModel.canAskBinding().get()).isFalse();
        }

        @Test
        void showsWhatAdministratorMustSet() {
            configured = false;

            selectVault();

            assertThat(viewModel.getState()).isEqualTo(AdaState.NOT_CONFIGURED);
            assertThat(viewModel.getStateMessage()).isEqualTo(NOT_CONFIGURED.detail());
            viewModel.questionProperty().set("What is this?");
            assertThat(viewModel.canAskBinding().get()).isFalse();
        }

        @Test
        void checksAgainWhenConnectionReturns() {
            serverReachable = false;
            selectVault();
            AdaState offline = viewModel.getState();
            serverReachable = true;

            workspace.reconnected();

            assertThat(offline).isEqualTo(AdaState.UNAVAILABLE);
            assertThat(viewModel.getState()).isEqualTo(AdaState.AVAILABLE);
        }

        @Test
        void explainsVaultDeletedOnServer() {
            vaultExists = false;

            selectVault();

            assertThat(viewModel.getState()).isEqualTo(AdaState.UNAVAILABLE);
            assertThat(viewModel.getStateMessage()).startsWith("Ada is unavailable. This vault no longer exists");
        }

        @Test
        void offersInsightsAndSuggestions() {
            selectVault();

            assertThat(viewModel.getState()).isEqualTo(AdaState.AVAILABLE);
            assertThat(viewModel.getStateMessage()).contains("test-model", "never sees the source code");
            assertThat(viewModel.insights()).extracting(AdaInsight::title).containsExactly("Mostly Java");
            assertThat(viewModel.suggestions()).containsExactly("What does it cost?");
        }
    }

    @Nested
    class Conversation {

        @Test
        void streamsAnswerIntoMessage() {
            selectVault();
            viewModel.questionProperty().set("  What language is it in?  ");

            viewModel.ask();

            assertThat(viewModel.messages()).extracting(ChatMessage::author)
                    .containsExactly(AdaAuthor.PERSON, AdaAuthor.ADA);
            assertThat(viewModel.messages().get(1).getText()).isEqualTo("Mostly Java.");
            assertThat(viewModel.messages().get(1).streamingProperty().get()).isFalse();
            assertThat(viewModel.suggestions()).containsExactly("Which files are the most complex?");
            assertThat(viewModel.questionProperty().get()).isEmpty();
        }

        @Test
        void sendsEarlierMessagesAsHistory() {
            selectVault();
            viewModel.ask("First?");

            viewModel.ask("Second?");

            assertThat(asked.get(1).question()).isEqualTo("Second?");
            assertThat(asked.get(1).history()).extracting(message -> message.text())
                    .containsExactly("First?", "Mostly Java.");
        }

        @Test
        void switchesToNotConfiguredWhenChatSaysSo() {
            selectVault();
            chatFailure = new ServerProblemException(503, NOT_CONFIGURED);

            viewModel.ask("Anything?");

            assertThat(viewModel.getState()).isEqualTo(AdaState.NOT_CONFIGURED);
            assertThat(viewModel.messages().get(1).isFailed()).isTrue();
            assertThat(viewModel.messages().get(1).getText()).isEqualTo(NOT_CONFIGURED.detail());
        }

        @Test
        void clearsConversationForAnotherVault() {
            selectVault();
            viewModel.ask("First?");

            selectVault();

            assertThat(viewModel.messages()).isEmpty();
        }
    }

    private void selectVault() {
        workspace.select(new VaultItem(TestData.vault(TestData.project(TestData.team("Acme", MemberRole.OWNER),
                "Payments"), "billing", VaultStatus.READY)));
    }
}
