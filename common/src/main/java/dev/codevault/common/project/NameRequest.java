package dev.codevault.common.project;

import dev.codevault.common.text.PlainText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A name for a new or renamed project or vault.
 *
 * @param name 1 to 200 characters, not only spaces, without line breaks or other control characters
 */
@Serdeable
public record NameRequest(
        @NotBlank(message = "Enter a name.")
        @Size(max = NameRequest.MAX_LENGTH, message = "Use at most 200 characters for the name.")
        @Pattern(regexp = PlainText.REGEX, message = PlainText.MESSAGE)
        String name) {

    /** The longest name accepted, in characters. */
    public static final int MAX_LENGTH = 200;
}
