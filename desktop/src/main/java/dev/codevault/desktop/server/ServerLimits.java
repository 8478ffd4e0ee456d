package dev.codevault.desktop.server;

import jakarta.inject.Singleton;
import java.util.OptionalLong;

/**
 * Limits the current server published with its version, kept from the latest connection check so the app rejects
 * a file that the server would reject before uploading it.
 */
@Singleton
public class ServerLimits {

    private volatile OptionalLong maxArchiveBytes = OptionalLong.empty();
    private volatile boolean gitHttpAllowed;

    /** Returns the largest archive upload the server accepts, or empty when no server has published one yet. */
    public OptionalLong maxArchiveBytes() {
        return maxArchiveBytes;
    }

    /** Records the limit a server published, empty when it published none. */
    public void publishedArchiveLimit(OptionalLong bytes) {
        maxArchiveBytes = bytes;
    }

    /**
     * Returns whether the server accepts git remotes over plain http besides https; false until a server has
     * published {@link dev.codevault.common.api.ServerFeatures#GIT_HTTP_REMOTES}.
     */
    public boolean gitHttpAllowed() {
        return gitHttpAllowed;
    }

    /** Records whether the server published that it accepts git remotes over plain http. */
    public void publishedGitHttp(boolean allowed) {
        gitHttpAllowed = allowed;
    }
}
