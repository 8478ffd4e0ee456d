package dev.codevault.backend.mirror;

/**
 * The outcome of a mirror run that succeeded.
 *
 * @param branch          the short name of the branch that is analysed
 * @param commitId        the full id of that branch's commit after the run
 * @param repositoryBytes the size of the vault repository after the run
 * @param firstClone      whether the run created the repository
 */
public record MirrorResult(String branch, String commitId, long repositoryBytes, boolean firstClone) {
}
