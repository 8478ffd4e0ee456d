package dev.codevault.common.ada;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * A piece of Ada's answer, sent as soon as the AI service wrote it; the answer is the chunks' text in order.
 *
 * @param text the next piece of the answer, in Markdown
 */
@Serdeable
public record AnswerChunk(@NotNull String text) {
}
