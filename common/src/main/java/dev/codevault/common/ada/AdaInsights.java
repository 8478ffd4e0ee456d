package dev.codevault.common.ada;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Ada's offer for one vault before the first question: its insights and suggested questions.
 *
 * @param insights           the insights Ada wrote from the newest analysed version, most important first; empty
 *                           while none are written
 * @param suggestedQuestions questions to start a conversation with
 */
@Serdeable
public record AdaInsights(@NotNull List<@Valid AdaInsight> insights, @NotNull List<String> suggestedQuestions) {

    public AdaInsights {
        // The server's JSON leaves out empty lists, so a missing list reads as an empty one.
        insights = insights == null ? List.of() : List.copyOf(insights);
        suggestedQuestions = suggestedQuestions == null ? List.of() : List.copyOf(suggestedQuestions);
    }
}
