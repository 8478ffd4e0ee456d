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

    /** Returns the largest archive upload the server accepts, or empty when no server has published one yet. */
    public OptionalLong maxArchiveBytes() {
        return maxArchiveBytes;
    }

    /** Records the limit a server published, empty when it published none. */
    public void publishedArchiveLimit(OptionalLong bytes) {
        maxArchiveBytes = bytes;
    }
}
