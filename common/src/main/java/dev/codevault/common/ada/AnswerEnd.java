package dev.codevault.common.ada;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The end of a complete answer.
 *
 * @param followUpQuestions questions that follow from the answer, possibly none
 */
@Serdeable
public record AnswerEnd(@NotNull List<String> followUpQuestions) {

    public AnswerEnd {
        followUpQuestions = followUpQuestions == null ? List.of() : List.copyOf(followUpQuestions);
    }
}
