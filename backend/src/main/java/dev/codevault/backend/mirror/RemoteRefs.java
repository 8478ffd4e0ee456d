package dev.codevault.backend.mirror;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The branches a remote lists, from {@code ls-remote}.
 *
 * @param defaultBranch the short name of the branch the remote's HEAD points to, or {@code null} when the remote
 *                      does not say and no branch matches HEAD
 * @param branches      the commit of each branch by its short name
 */
public record RemoteRefs(@Nullable String defaultBranch, Map<String, ObjectId> branches) {

    /** Returns the branch to analyse: the requested one, else the default branch. */
    public Optional<String> branchToFollow(@Nullable String requested) {
        if (requested != null) {
            return branches.containsKey(requested) ? Optional.of(requested) : Optional.empty();
        }
        return Optional.ofNullable(defaultBranch);
    }
}
