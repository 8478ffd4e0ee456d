package dev.codevault.backend.analysis.cli;

import dev.codevault.backend.mirror.FetchLimits;
import dev.codevault.backend.mirror.MirrorTrust;
import dev.codevault.backend.mirror.RemoteClone;
import dev.codevault.backend.sources.GitCredential;
import dev.codevault.backend.sources.NetworkPolicy;
import dev.codevault.backend.sources.ReadContext;
import dev.codevault.backend.sources.RemoteUrl;
import dev.codevault.backend.sources.RemoteUrlException;
import dev.codevault.backend.sources.RemoteUrlPolicy;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocketFactory;

/**
 * A remote git repository that {@code codevault analyze} reads: its checked URL, the login from the environment,
 * and the network rules. Plain http is never allowed here. Loopback and private addresses are allowed only by
 * {@code --allow-private-networks} or {@code CODEVAULT_GIT_ALLOW_PRIVATE_NETWORKS=true}, as on the server.
 */
final class RemoteTarget {

    /** The same limits as the server's defaults: an idle minute, two hours in total, 10 GiB on disk. */
    private static final FetchLimits LIMITS = new FetchLimits(Duration.ofSeconds(60), Duration.ofHours(2),
            10L * 1024 * 1024 * 1024);
    /** The {@code user@host:path} form that git reads as SSH, sent to the URL rules for their message. */
    private static final Pattern SCP_LIKE = Pattern.compile("[^/@]+@[^/:]+:.*");

    private final RemoteUrl url;
    private final NetworkPolicy policy;
    private final SSLSocketFactory tls;
    private final GitCredential credential;

    private RemoteTarget(RemoteUrl url, NetworkPolicy policy, SSLSocketFactory tls,
                         @Nullable GitCredential credential) {
        this.url = url;
        this.policy = policy;
        this.tls = tls;
        this.credential = credential;
    }

    /**
     * Returns whether the command's argument names a remote rather than something on disk: it has a scheme such as
     * {@code https://} or {@code file:}, or the SSH form {@code user@host:path} and no such file exists.
     */
    static boolean isRemote(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.startsWith("file:")) {
            return true;
        }
        return SCP_LIKE.matcher(argument).matches() && !Files.exists(Path.of(argument));
    }

    /**
     * Checks the URL under the network rules and reads the login and the trusted certificates.
     *
     * @param trustedCertificates the PEM file of {@code --trusted-certificates}, or {@code null}
     * @throws IllegalArgumentException when the URL breaks a rule, or the settings are incomplete or unreadable
     */
    static RemoteTarget of(String argument, Map<String, String> environment, boolean allowPrivateNetworks,
                           @Nullable Path trustedCertificates) {
        boolean allowPrivate = allowPrivateNetworks
                || Boolean.parseBoolean(environment.getOrDefault(AnalyzeCommand.ALLOW_PRIVATE_VARIABLE, "false"));
        NetworkPolicy policy = new NetworkPolicy(allowPrivate, false);
        RemoteUrl url;
        try {
            url = new RemoteUrlPolicy(policy, ReadContext.COMMAND_LINE).check(argument);
        } catch (RemoteUrlException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Path certificates = trustedCertificates;
        String setting = "--trusted-certificates";
        String fromEnvironment = environment.get(AnalyzeCommand.TRUSTED_CERTIFICATES_VARIABLE);
        if (certificates == null && fromEnvironment != null && !fromEnvironment.isBlank()) {
            certificates = Path.of(fromEnvironment);
            setting = AnalyzeCommand.TRUSTED_CERTIFICATES_VARIABLE;
        }
        SSLSocketFactory tls = MirrorTrust.socketFactory(certificates, setting);
        return new RemoteTarget(url, policy, tls, credential(environment));
    }

    /** Returns the checked URL, without credentials, for messages and the report. */
    RemoteUrl url() {
        return url;
    }

    /**
     * Fetches the remote's branches and tags into a new folder under {@code tempRoot}.
     *
     * @throws dev.codevault.backend.mirror.MirrorFailure when the remote cannot be read
     */
    RemoteClone fetch(Path tempRoot) {
        return RemoteClone.fetch(url, policy, tls, credential, LIMITS, tempRoot);
    }

    private static GitCredential credential(Map<String, String> environment) {
        String token = environment.get(AnalyzeCommand.TOKEN_VARIABLE);
        if (token == null || token.isEmpty()) {
            return null;
        }
        String username = environment.get(AnalyzeCommand.USERNAME_VARIABLE);
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException(AnalyzeCommand.TOKEN_VARIABLE + " is set but "
                    + AnalyzeCommand.USERNAME_VARIABLE + " is not. Set the user name that goes with the token.");
        }
        return new GitCredential(username, token);
    }
}
