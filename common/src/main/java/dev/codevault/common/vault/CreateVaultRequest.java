package dev.codevault.common.vault;

import dev.codevault.common.project.NameRequest;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import dev.codevault.common.text.PlainText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new vault. An archive vault needs only a name, and a git vault also needs the repository's URL. The server
 * lists the remote's branches with the credentials before it accepts a git vault, so it rejects a wrong URL or
 * token at once.
 *
 * @param name        1 to 200 characters, without control characters, as in {@link NameRequest}
 * @param source      where its code comes from
 * @param remoteUrl   for {@link CodeSourceKind#GIT}: the repository's https URL without a user name or password;
 *                    else {@code null}
 * @param branch      for git: the branch to analyse, or {@code null} for the remote's default branch
 * @param credentials for git: the login for a private repository, or {@code null} for a public one
 * @param schedule    for git: how often the remote is read again, or {@code null} for
 *                    {@link ReplicationSchedule#MANUAL}
 */
@Serdeable
public record CreateVaultRequest(
        @NotBlank(message = NameRequest.EMPTY_MESSAGE)
        @Pattern(regexp = PlainText.REGEX, message = PlainText.MESSAGE)
        String name,
        @NotNull(message = "Choose the code source: ARCHIVE or GIT.") CodeSourceKind source,
        @Nullable
        @Size(max = 2048, message = "Use a repository URL of at most 2048 characters.")
        @Pattern(regexp = "\\S*", message = "Remove spaces and line breaks from the repository URL.")
        String remoteUrl,
        @Nullable
        @Size(min = 1, max = 255, message = "Use a branch name of 1 to 255 characters.")
        @Pattern(regexp = "[^\\p{Cntrl}\\s~^:?*\\[\\\\]+", message = "Enter a valid git branch name, such as main.")
        String branch,
        @Nullable @Valid GitCredentials credentials,
        @Nullable ReplicationSchedule schedule) {

    /** Creates the request with every field. */
    @Creator
    public CreateVaultRequest {
    }

    /** Creates the request for a vault without a remote, such as an archive vault. */
    public CreateVaultRequest(String name, CodeSourceKind source) {
        this(name, source, null, null, null, null);
    }

    /** Returns a request for a git vault. */
    public static CreateVaultRequest git(String name, String remoteUrl, @Nullable String branch,
                                         @Nullable GitCredentials credentials, @Nullable ReplicationSchedule schedule) {
        return new CreateVaultRequest(name, CodeSourceKind.GIT, remoteUrl, branch, credentials, schedule);
    }
}
