package dev.codevault.common.vault;

import dev.codevault.common.project.NameRequest;
import dev.codevault.common.text.PlainText;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change to a vault. Each field that is {@code null} or absent stays as it is, and at least one field must be
 * given. The remote fields apply to git vaults only, and the server checks a new URL, branch or credential against
 * the remote as it does when it creates a vault.
 *
 * @param name                the new name, 1 to 200 characters without control characters, as in
 *                            {@link NameRequest}
 * @param remoteUrl           the repository's new https URL, without a user name or password. A new URL starts a
 *                            fresh mirror in a new repository, and the versions analysed so far stay. The stored
 *                            credential is sent only to the scheme, host and port it was entered for, so a URL on
 *                            another host needs {@code credentials} unless the repository is public.
 * @param branch              the branch to analyse
 * @param followDefaultBranch {@code true} to analyse the remote's default branch again instead of a named one;
 *                            not together with {@code branch}
 * @param credentials         a new login for the remote, stored sealed in place of the old one
 */
@Serdeable
public record UpdateVaultRequest(
        @Nullable
        @Size(min = 1, message = NameRequest.EMPTY_MESSAGE)
        @Pattern(regexp = PlainText.REGEX, message = PlainText.MESSAGE)
        String name,
        @Nullable
        @Size(max = 2048, message = "Use a repository URL of at most 2048 characters.")
        @Pattern(regexp = "\\S*", message = "Remove spaces and line breaks from the repository URL.")
        String remoteUrl,
        @Nullable
        @Size(min = 1, max = 255, message = "Use a branch name of 1 to 255 characters.")
        @Pattern(regexp = "[^\\p{Cntrl}\\s~^:?*\\[\\\\]+", message = "Enter a valid git branch name, such as main.")
        String branch,
        @Nullable Boolean followDefaultBranch,
        @Nullable @Valid GitCredentials credentials) {

    /** Creates the request with every field. */
    @Creator
    public UpdateVaultRequest {
    }

    /** Returns a request that only renames the vault. */
    public static UpdateVaultRequest rename(String name) {
        return new UpdateVaultRequest(name, null, null, null, null);
    }

    /** Returns a request that moves a git vault to another remote URL and keeps its branch and credentials. */
    public static UpdateVaultRequest moveTo(String remoteUrl) {
        return new UpdateVaultRequest(null, remoteUrl, null, null, null);
    }

    /** Returns a request that makes a git vault analyse another branch. */
    public static UpdateVaultRequest followBranch(String branch) {
        return new UpdateVaultRequest(null, null, branch, null, null);
    }

    /** Returns a request that makes a git vault analyse the remote's default branch again. */
    public static UpdateVaultRequest defaultBranch() {
        return new UpdateVaultRequest(null, null, null, true, null);
    }

    /** Returns a request that replaces a git vault's credentials and keeps its remote. */
    public static UpdateVaultRequest replaceCredentials(GitCredentials credentials) {
        return new UpdateVaultRequest(null, null, null, null, credentials);
    }

    /** Returns whether the request changes the git remote: its URL, branch or credentials. */
    public boolean changesRemote() {
        return remoteUrl != null || branch != null || Boolean.TRUE.equals(followDefaultBranch) || credentials != null;
    }

    /** Returns whether the request changes nothing at all. */
    public boolean changesNothing() {
        return name == null && !changesRemote();
    }
}
