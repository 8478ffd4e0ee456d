package dev.codevault.backend.mirror;

import dev.codevault.backend.mirror.MirrorFailure.Reason;
import dev.codevault.backend.sources.GitCredential;
import dev.codevault.backend.sources.NetworkPolicy;
import dev.codevault.backend.sources.ReadContext;
import dev.codevault.backend.sources.RemoteUrl;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LsRemoteCommand;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Reads git remotes with JGit: lists their branches and fetches their branches and tags into a local repository.
 * It only ever reads: it uses {@code ls-remote} and {@code fetch}, never a push, and keeps credentials in a
 * {@link CredentialsProvider}, out of URLs and repository configuration. Every connection follows the network
 * policy, checked on the socket.
 */
public final class GitRemote {

    /** Branches and tags, with prune; pull-request and merge-request refs are left on the server. */
    static final List<RefSpec> REF_SPECS = List.of(
            new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_HEADS + "*"),
            new RefSpec("+" + Constants.R_TAGS + "*:" + Constants.R_TAGS + "*"));

    private static final List<String> USUAL_DEFAULTS = List.of("main", "master", "trunk", "develop");

    private final ConnectionRules rules;
    private final Clock clock;

    /**
     * Creates a reader that follows the policy.
     *
     * @param tls the factory of the TLS layer, with the trust store that server certificates are checked against
     */
    public GitRemote(NetworkPolicy policy, SSLSocketFactory tls, Clock clock) {
        GuardedConnectionFactory.install();
        this.rules = new ConnectionRules(policy, tls);
        this.clock = clock;
    }

    /**
     * Lists the remote's branches and finds its default branch.
     *
     * @param context who reads the remote, which decides the advice in a failure's message
     * @throws MirrorFailure when the remote cannot be read
     */
    public RemoteRefs listRefs(RemoteUrl url, @Nullable GitCredential credential, Duration idleTimeout,
                               ReadContext context) {
        FetchLimits limits = new FetchLimits(idleTimeout, idleTimeout, Long.MAX_VALUE);
        Collection<Ref> refs;
        try {
            LsRemoteCommand command = Git.lsRemoteRepository()
                    .setRemote(url.toString())
                    .setTimeout(seconds(idleTimeout))
                    .setCredentialsProvider(provider(credential));
            refs = GuardedConnectionFactory.withRules(rules, command::call);
        } catch (Exception e) {
            throw FailureClassifier.classify(e, url, limits, null, context, credential != null);
        }
        return toRemoteRefs(refs);
    }

    /**
     * Fetches every branch and tag of the remote into the repository, deleting local branches and tags that the
     * remote no longer has.
     *
     * @param repositoryFolder the repository's folder, measured against the size limit while the fetch runs
     * @param context          who reads the remote, which decides the advice in a failure's message
     * @return the remote's refs as the fetch saw them
     * @throws MirrorFailure when the fetch fails, times out or the repository grows past the limit
     */
    public RemoteRefs fetch(Repository repository, Path repositoryFolder, RemoteUrl url,
                            @Nullable GitCredential credential, FetchLimits limits, MirrorProgress progress,
                            ReadContext context) {
        RunMonitor monitor = new RunMonitor(repositoryFolder, limits, clock, progress);
        FetchResult result;
        try (Git git = Git.wrap(repository)) {
            var command = git.fetch()
                    .setRemote(url.toString())
                    .setRefSpecs(REF_SPECS)
                    .setRemoveDeletedRefs(true)
                    .setTagOpt(TagOpt.NO_TAGS)
                    .setTimeout(seconds(limits.idleTimeout()))
                    .setCredentialsProvider(provider(credential))
                    .setProgressMonitor(monitor);
            result = GuardedConnectionFactory.withRules(rules, command::call);
        } catch (Exception e) {
            throw FailureClassifier.classify(e, url, limits, monitor.stop(), context, credential != null);
        }
        if (RunMonitor.sizeOf(repositoryFolder) > limits.maxRepositoryBytes()) {
            throw FailureClassifier.tooLarge(limits.maxRepositoryBytes());
        }
        return toRemoteRefs(result.getAdvertisedRefs());
    }

    /** Returns the failure of a branch that the remote does not have. */
    public static MirrorFailure branchNotFound(RemoteUrl url, @Nullable String branch) {
        if (branch == null) {
            return new MirrorFailure(Reason.BRANCH_NOT_FOUND, "The repository " + url + " has no default branch, "
                    + "for example because it is empty. Push a commit to it, or choose a branch for the vault.");
        }
        return new MirrorFailure(Reason.BRANCH_NOT_FOUND, "The branch " + branch + " does not exist in " + url
                + ". Choose an existing branch, or leave it empty to follow the default branch.");
    }

    private static CredentialsProvider provider(@Nullable GitCredential credential) {
        return credential == null ? null
                : new UsernamePasswordCredentialsProvider(credential.username(), credential.secret());
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.toSeconds()));
    }

    private static RemoteRefs toRemoteRefs(Collection<Ref> refs) {
        Map<String, ObjectId> branches = new TreeMap<>();
        Ref head = null;
        for (Ref ref : refs) {
            if (ref.getName().equals(Constants.HEAD)) {
                head = ref;
            } else if (ref.getName().startsWith(Constants.R_HEADS) && ref.getObjectId() != null) {
                branches.put(Repository.shortenRefName(ref.getName()), ref.getObjectId());
            }
        }
        return new RemoteRefs(defaultBranch(head, branches), Map.copyOf(branches));
    }

    /** Follows the HEAD symbolic ref, or, from a server that does not send it, a branch at HEAD's commit. */
    private static String defaultBranch(@Nullable Ref head, Map<String, ObjectId> branches) {
        if (head == null) {
            return null;
        }
        if (head.isSymbolic() && head.getTarget().getName().startsWith(Constants.R_HEADS)) {
            String name = Repository.shortenRefName(head.getTarget().getName());
            return branches.containsKey(name) ? name : null;
        }
        ObjectId commit = head.getObjectId();
        for (String usual : USUAL_DEFAULTS) {
            if (commit != null && commit.equals(branches.get(usual))) {
                return usual;
            }
        }
        return branches.entrySet().stream().filter(entry -> entry.getValue().equals(commit)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
