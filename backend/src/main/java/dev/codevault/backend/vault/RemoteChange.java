package dev.codevault.backend.vault;

import io.micronaut.core.annotation.Nullable;

/**
 * A git vault's new remote settings, already checked against the remote.
 *
 * @param remoteUrl        the URL in the form the URL policy returns
 * @param branch           the branch to analyse, or {@code null} for the remote's default branch
 * @param credential       what happens to the stored credential
 * @param sealedCredential for {@link CredentialChange#REPLACE}, the new credential sealed under the code source's
 *                         id; else {@code null}
 * @param name             the vault's new name, stripped, or {@code null} to keep it
 */
public record RemoteChange(String remoteUrl, @Nullable String branch, CredentialChange credential,
                           @Nullable byte[] sealedCredential, @Nullable String name) {

    /** The outcome of a remote change for the stored credential. */
    public enum CredentialChange {
        /** Keeps the stored credential, or the absence of one. */
        KEEP,
        /** Stores a new credential that opened the remote. */
        REPLACE,
        /** Removes the stored credential, which belongs to another host than the new URL's. */
        REMOVE
    }
}
