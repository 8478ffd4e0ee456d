package dev.codevault.backend.mirror;

import dev.codevault.backend.sources.GitSettings;
import dev.codevault.backend.sources.RemoteUrlPolicy;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.net.ssl.HttpsURLConnection;

/** Provides the git remote reader and the URL policy with the server's network settings. */
@Factory
class MirrorFactory {

    @Singleton
    GitRemote gitRemote(GitSettings settings, Clock clock) {
        return new GitRemote(settings.networkPolicy(), HttpsURLConnection.getDefaultSSLSocketFactory(), clock);
    }

    @Singleton
    RemoteUrlPolicy remoteUrlPolicy(GitSettings settings) {
        return new RemoteUrlPolicy(settings.networkPolicy());
    }
}
