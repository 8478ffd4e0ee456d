package dev.codevault.common.project;

import dev.codevault.common.text.PlainText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A name for a new or renamed project or vault.
 *
 * @param name 1 to 200 characters, not only spaces or invisible characters, without line breaks or other control
 *             characters. The server counts characters as a reader sees them (grapheme clusters), so an emoji or a
 *             letter with its accents is one.
 */
@Serdeable
public record NameRequest(
        @NotBlank(message = NameRequest.EMPTY_MESSAGE)
        @Pattern(regexp = PlainText.REGEX, message = PlainText.MESSAGE)
        String name) {

    /** The maximum length of a name, in grapheme clusters, so an emoji or an accented letter counts as one. */
    public static final int MAX_LENGTH = 200;

    /** The message of a name that is missing, empty or made only of spaces and invisible characters. */
    public static final String EMPTY_MESSAGE = "Enter a name with visible characters.";
}
