package dev.codevault.desktop.ada;

import dev.codevault.common.ada.AdaApi;
import dev.codevault.common.ada.AdaAuthor;
import dev.codevault.common.ada.AdaInsight;
import dev.codevault.common.ada.AdaInsights;
import dev.codevault.common.ada.AdaMessage;
import dev.codevault.common.ada.AdaQuestion;
import dev.codevault.common.ada.AdaStatus;
import dev.codevault.common.error.Problem;
import dev.codevault.desktop.errors.ErrorDescriptions;
import dev.codevault.desktop.fx.Background;
import dev.codevault.desktop.server.ServerProblemException;
import dev.codevault.desktop.vaults.VaultItem;
import dev.codevault.desktop.vaults.VaultNotFoundException;
import dev.codevault.desktop.workspace.Workspace;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Ada panel beside the dashboard: whether Ada can answer on this server, the vault's insights, suggested
 * questions and the conversation with answers that stream in. Follows {@link Workspace#selectedVaultProperty()};
 * use it on the JavaFX thread.
 */
@Singleton
public class AdaViewModel {

    private final AdaClient client;
    private final AdaChat chat;
    private final Background background;

    private final ReadOnlyObjectWrapper<AdaState> state = new ReadOnlyObjectWrapper<>(AdaState.NO_VAULT);
    private final ReadOnlyStringWrapper stateMessage = new ReadOnlyStringWrapper(
            "Select a vault to ask Ada about it.");
    private final ObservableList<AdaInsight> insights = FXCollections.observableArrayList();
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ObservableList<ChatMessage> messages = FXCollections.observableArrayList();
    private final StringProperty question = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ChatMessage> answering = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canAsk;
    private VaultItem vault;
    private Runnable cancelAnswer = () -> { };

    AdaViewModel(AdaClient client, AdaChat chat, Background background, Workspace workspace) {
        this.client = client;
        this.chat = chat;
        this.background = background;
        this.canAsk = Bindings.createBooleanBinding(() -> state.get() == AdaState.AVAILABLE
                && answering.get() == null && !question.get().isBlank()
                && question.get().strip().length() <= AdaQuestion.MAX_LENGTH, state, answering, question);
        workspace.selectedVaultProperty().addListener((observable, before, after) -> show(after));
        workspace.addReconnectListener(() -> {
            if (state.get() == AdaState.UNAVAILABLE) {
                show(vault);
            }
        });
        show(workspace.getSelectedVault());
    }

    /** Shows Ada for a vault: checks whether Ada can answer and loads the insights. */
    public void show(VaultItem selected) {
        cancelAnswer.run();
        answering.set(null);
        vault = selected;
        messages.clear();
        insights.clear();
        suggestions.clear();
        if (selected == null) {
            state.set(AdaState.NO_VAULT);
            stateMessage.set("Select a vault to ask Ada about it.");
            return;
        }
        state.set(AdaState.CHECKING);
        stateMessage.set("Asking the server whether Ada is available...");
        UUID id = selected.id();
        background.run(() -> check(id), checked -> {
            if (vault == selected) {
                showCheck(checked);
            }
        }, failure -> {
            if (vault == selected) {
                unavailable(failure);
            }
        });
    }

    /** Asks the typed question. */
    public void ask() {
        if (!canAsk.get()) {
            return;
        }
        String text = question.get().strip();
        question.set("");
        ask(text);
    }

    /** Asks a suggested question. */
    public void ask(String text) {
        if (state.get() != AdaState.AVAILABLE || answering.get() != null || vault == null) {
            return;
        }
        List<AdaMessage> history = messages.stream()
                .filter(message -> !message.isFailed())
                .map(message -> new AdaMessage(message.author(), message.getText()))
                .skip(Math.max(0, messages.size() - AdaQuestion.MAX_HISTORY))
                .toList();
        messages.add(new ChatMessage(AdaAuthor.PERSON, text));
        ChatMessage answer = new ChatMessage(AdaAuthor.ADA, "");
        answer.streaming(true);
        messages.add(answer);
        answering.set(answer);
        UUID id = vault.id();
        cancelAnswer = background.run(() -> chat.ask(id, new AdaQuestion(text, history),
                chunk -> background.onFxThread(() -> answer.append(chunk))), end -> {
                    answer.streaming(false);
                    answering.set(null);
                    suggestions.setAll(end.followUpQuestions());
                }, failure -> {
                    answering.set(null);
                    answer.fail(ErrorDescriptions.whatToDo(failure));
                    notConfiguredProblem(failure).ifPresent(problem -> notConfigured(problem.detail()));
                });
    }

    /** Stops the answer that streams in. */
    public void stopAnswer() {
        cancelAnswer.run();
        cancelAnswer = () -> { };
        ChatMessage answer = answering.get();
        if (answer != null) {
            answer.streaming(false);
            answering.set(null);
        }
    }

    private Check check(UUID vaultId) {
        AdaInsights offered = VaultNotFoundException.requireFound(client.insights(vaultId), vaultId);
        try {
            AdaStatus status = client.status();
            return new Check(status, offered, null);
        } catch (HttpClientResponseException e) {
            return new Check(null, offered, e);
        }
    }

    private void showCheck(Check checked) {
        insights.setAll(checked.insights().insights());
        suggestions.setAll(checked.insights().suggestedQuestions());
        if (checked.status() != null) {
            state.set(AdaState.AVAILABLE);
            stateMessage.set("Ada answers from this vault's analysis results with " + checked.status().model()
                    + ". Ada never sees the source code.");
            return;
        }
        Optional<Problem> problem = notConfiguredProblem(checked.failure());
        if (problem.isPresent()) {
            notConfigured(problem.get().detail());
        } else {
            unavailable(checked.failure());
        }
    }

    private void notConfigured(String detail) {
        state.set(AdaState.NOT_CONFIGURED);
        stateMessage.set(detail == null || detail.isBlank()
                ? "Ada is not configured on this server. Ask your administrator to set up Ada's AI service."
                : detail);
    }

    private void unavailable(Throwable failure) {
        state.set(AdaState.UNAVAILABLE);
        stateMessage.set("Ada is unavailable. " + ErrorDescriptions.whatToDo(failure));
    }

    private static Optional<Problem> notConfiguredProblem(Throwable failure) {
        Optional<Problem> problem = Optional.empty();
        if (failure instanceof HttpClientResponseException response) {
            problem = response.getResponse().getBody(Problem.class);
        } else if (failure instanceof ServerProblemException serverProblem) {
            problem = serverProblem.problem();
        }
        return problem.filter(found -> found.type().equals(Problem.TYPE_PREFIX + AdaApi.NOT_CONFIGURED_PROBLEM));
    }

    /** What Ada can do now. */
    public ReadOnlyObjectProperty<AdaState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public AdaState getState() {
        return state.get();
    }

    /** A sentence about the state; for {@link AdaState#NOT_CONFIGURED}, the settings an administrator must make. */
    public ReadOnlyStringProperty stateMessageProperty() {
        return stateMessage.getReadOnlyProperty();
    }

    public String getStateMessage() {
        return stateMessage.get();
    }

    /** The insights Ada wrote about the vault. */
    public ObservableList<AdaInsight> insights() {
        return insights;
    }

    /** Questions to ask next. */
    public ObservableList<String> suggestions() {
        return suggestions;
    }

    /** The conversation, oldest first. */
    public ObservableList<ChatMessage> messages() {
        return messages;
    }

    /** The question being typed. */
    public StringProperty questionProperty() {
        return question;
    }

    /** Whether the typed question can be sent. */
    public BooleanBinding canAskBinding() {
        return canAsk;
    }

    /** The answer that streams in, or {@code null}. */
    public ReadOnlyObjectProperty<ChatMessage> answeringProperty() {
        return answering.getReadOnlyProperty();
    }

    private record Check(AdaStatus status, AdaInsights insights, HttpClientResponseException failure) {
    }
}
