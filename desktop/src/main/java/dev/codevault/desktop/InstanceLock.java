package dev.codevault.desktop;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock that lets one copy of the app run per settings folder. Two copies would share the saved session, and a
 * token refresh by one would revoke the refresh token of the other. The server treats that as a leaked token and
 * ends the session of both.
 */
public final class InstanceLock {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceLock.class);
    private static final String FILE_NAME = "app.lock";

    // Held for the life of the process; the operating system releases the lock when the process ends.
    private static FileChannel channel;
    private static FileLock lock;

    private InstanceLock() {
    }

    /** Takes the lock of a settings folder, and returns false when another running copy of the app holds it. */
    public static synchronized boolean acquire(Path settingsFolder) {
        if (lock != null && lock.isValid()) {
            return true;
        }
        try {
            Files.createDirectories(settingsFolder);
            FileChannel opened = FileChannel.open(settingsFolder.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock acquired = opened.tryLock();
            if (acquired == null) {
                opened.close();
                return false;
            }
            channel = opened;
            lock = acquired;
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            // A folder that cannot hold a lock file must not keep the app from starting.
            LOG.warn("Could not lock the settings folder, so a second copy of the app is not detected: {}",
                    e.getMessage());
            return true;
        }
    }
}
