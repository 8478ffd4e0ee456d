package dev.codevault.common.vault;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The login for a private git repository over https, sent once and stored sealed; no response ever contains it.
 * Hosts differ in the user name they expect with a token: GitHub takes the account name, GitLab any name (for
 * example {@code oauth2}), Bitbucket access tokens {@code x-token-auth}, Azure DevOps any name that is not empty.
 *
 * @param username the user name, 1 to 255 characters without control characters
 * @param secret   the password or personal access token, 1 to 4000 characters
 */
@Serdeable
public record GitCredentials(
        @NotBlank(message = "Enter the user name that goes with the token.")
        @Size(max = 255, message = "Use at most 255 characters for the user name.")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Remove control characters from the user name.")
        String username,
        @NotBlank(message = "Enter the password or personal access token.")
        @Size(max = 4000, message = "Use at most 4000 characters for the password or token.")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Remove line breaks and other control characters from the "
                + "password or token.")
        String secret) {

    /** Returns the user name only, so the secret never reaches a log line through this record. */
    @Override
    public String toString() {
        return "GitCredentials[username=" + username + ", secret=(hidden)]";
    }
}
