package dev.codevault.backend.mirror;

import dev.codevault.backend.sources.GitSettings;
import dev.codevault.backend.sources.RemoteUrlPolicy;
import dev.codevault.backend.startup.StartupProblem;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.net.ssl.SSLSocketFactory;

/** Provides the git remote reader and the URL policy with the server's network settings. */
@Factory
class MirrorFactory {

    /** Created at start-up, so a trusted-certificates file that cannot be read stops the start with its reason. */
    @Context
    GitRemote gitRemote(GitSettings settings, Clock clock) {
        SSLSocketFactory tls;
        try {
            tls = MirrorTrust.socketFactory(settings.trustedCertificates());
        } catch (IllegalArgumentException e) {
            throw new StartupProblem(e.getMessage(), e);
        }
        return new GitRemote(settings.networkPolicy(), tls, clock);
    }

    @Singleton
    RemoteUrlPolicy remoteUrlPolicy(GitSettings settings) {
        return new RemoteUrlPolicy(settings.networkPolicy());
    }
}
