package dev.codevault.common.ada;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Ada, the assistant that answers questions about a vault from its analysis results and never sees source code.
 * Every call needs an access token of a member of the vault's team; a vault of another team answers 404.
 *
 * <p>While an administrator has not configured the AI service, {@link #status()} and the chat answer 503 with a
 * {@link dev.codevault.common.error.Problem} of type {@value #NOT_CONFIGURED_PROBLEM} (after
 * {@link dev.codevault.common.error.Problem#TYPE_PREFIX}) whose detail names the settings to make.
 *
 * <p>The chat streams and is not part of this interface: {@code POST} {@value #CHAT_PATH} takes an
 * {@link AdaQuestion} as JSON and answers {@code text/event-stream} with {@value #CHUNK_EVENT} events carrying an
 * {@link AnswerChunk} each, then one {@value #DONE_EVENT} event carrying an {@link AnswerEnd}. A failure before the
 * first chunk is an ordinary problem response; a failure during the answer is one {@value #ERROR_EVENT} event
 * carrying a {@link dev.codevault.common.error.Problem}, and the stream ends.
 */
public interface AdaApi {

    /** Path of the chat, a stream of server-sent events. */
    String CHAT_PATH = "/vaults/{vaultId}/ada/chat";

    /** Name of the events that carry a piece of the answer. */
    String CHUNK_EVENT = "chunk";

    /** Name of the last event of a complete answer. */
    String DONE_EVENT = "done";

    /** Name of the event that ends an answer that failed. */
    String ERROR_EVENT = "error";

    /** Problem type name of the response while the AI service is not configured. */
    String NOT_CONFIGURED_PROBLEM = "ada-not-configured";

    /** Returns whether Ada can answer on this server; 503 with a problem when it cannot. */
    @Get("/ada/status")
    AdaStatus status();

    /** Returns the insights Ada wrote about the vault's newest analysed version and questions to start with. */
    @Get("/vaults/{vaultId}/ada/insights")
    AdaInsights insights(@NotNull @PathVariable UUID vaultId);
}
