package dev.codevault.common.ada;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A question to Ada about a vault, with the conversation so far, so the server keeps no conversation state.
 *
 * @param question the new question, 1 to 4,000 characters
 * @param history  the earlier questions and answers of this conversation, oldest first, at most 40
 */
@Serdeable
public record AdaQuestion(
        @NotBlank(message = "Enter a question.")
        @Size(max = AdaQuestion.MAX_LENGTH, message = "Shorten the question to at most 4000 characters.")
        String question,
        @NotNull @Size(max = AdaQuestion.MAX_HISTORY, message = "Start a new conversation: at most 40 earlier "
                + "messages are sent.")
        List<@Valid AdaMessage> history) {

    /** The longest question accepted, in characters. */
    public static final int MAX_LENGTH = 4000;

    /** The most earlier messages sent with a question. */
    public static final int MAX_HISTORY = 40;

    public AdaQuestion {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
