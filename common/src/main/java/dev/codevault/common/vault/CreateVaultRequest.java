package dev.codevault.common.vault;

import dev.codevault.common.project.NameRequest;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new vault.
 *
 * @param name   1 to 200 characters, without control characters
 * @param source where its code comes from
 */
@Serdeable
public record CreateVaultRequest(
        @NotBlank(message = "Enter a name.")
        @Size(max = NameRequest.MAX_LENGTH, message = "Use at most 200 characters for the name.")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Remove line breaks and other control characters from the name.")
        String name,
        @NotNull(message = "Choose the code source: ARCHIVE or GIT.") CodeSourceKind source) {
}
