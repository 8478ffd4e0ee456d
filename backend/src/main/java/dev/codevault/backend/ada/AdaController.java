package dev.codevault.backend.ada;

import dev.codevault.backend.security.CurrentUser;
import dev.codevault.backend.vault.VaultService;
import dev.codevault.common.ada.AdaApi;
import dev.codevault.common.ada.AdaInsights;
import dev.codevault.common.ada.AdaQuestion;
import dev.codevault.common.ada.AdaStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.utils.SecurityService;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.reactivestreams.Publisher;

/**
 * Serves {@link AdaApi} and its chat stream. Ada's AI side does not exist yet, so the status and the chat return a
 * 503 problem: Ada is not configured or, once the settings are made, this server version cannot run it. The
 * insights are empty because nothing writes them yet.
 *
 * <p>TODO: answer questions through the configured AI service from the vault's analysis results, and write the
 * insights when an analysis finishes.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdaController implements AdaApi {

    /** Questions that the analysis results can answer, offered before the first question. */
    static final List<String> SUGGESTED_QUESTIONS = List.of(
            "What does this code base consist of?",
            "Which parts are the most complex, and why does that matter?",
            "What would it cost to write this code again?",
            "How did the code change between the last two versions?");

    private final AdaSettings settings;
    private final VaultService vaults;
    private final SecurityService security;

    AdaController(AdaSettings settings, VaultService vaults, SecurityService security) {
        this.settings = settings;
        this.vaults = vaults;
        this.security = security;
    }

    @Override
    public AdaStatus status() {
        throw unavailable();
    }

    @Override
    public AdaInsights insights(UUID vaultId) {
        vaults.get(caller(), vaultId);
        return new AdaInsights(List.of(), SUGGESTED_QUESTIONS);
    }

    /** Answers a question as server-sent events; see {@link AdaApi} for the events. */
    @Post(uri = AdaApi.CHAT_PATH, consumes = MediaType.APPLICATION_JSON, produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<Object>> chat(@PathVariable UUID vaultId, @Valid @Body AdaQuestion question) {
        vaults.get(caller(), vaultId);
        throw unavailable();
    }

    private AdaUnavailableException unavailable() {
        return settings.complete() ? AdaUnavailableException.notInThisVersion() : AdaUnavailableException.notConfigured();
    }

    private UUID caller() {
        return CurrentUser.idOf(security);
    }
}
