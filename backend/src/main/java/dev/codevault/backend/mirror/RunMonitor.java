package dev.codevault.backend.mirror;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ProgressMonitor;

/**
 * JGit's progress monitor for one mirror run: it turns JGit's tasks into a percentage and cancels the run when the
 * total time limit passes or the repository folder grows past the size limit. JGit asks it whether to cancel
 * between objects, so a stalled server is stopped by the idle timeout instead.
 */
final class RunMonitor implements ProgressMonitor {

    /** Why the monitor cancelled the run. */
    enum Stop {
        DEADLINE,
        TOO_LARGE
    }

    private static final long SIZE_CHECK_EVERY_NANOS = 250_000_000L;
    private static final String RECEIVING = "Receiving objects";
    private static final String RESOLVING = "Resolving deltas";

    private final Path repositoryFolder;
    private final long maxBytes;
    private final Instant deadline;
    private final Clock clock;
    private final MirrorProgress progress;
    private String task = "";
    private int total;
    private int done;
    private long lastSizeCheck = System.nanoTime();
    private volatile Stop stop;

    RunMonitor(Path repositoryFolder, FetchLimits limits, Clock clock, MirrorProgress progress) {
        this.repositoryFolder = repositoryFolder;
        this.maxBytes = limits.maxRepositoryBytes();
        this.deadline = clock.instant().plus(limits.maxDuration());
        this.clock = clock;
        this.progress = progress;
    }

    /** Returns why the monitor cancelled the run, or {@code null} when it did not. */
    Stop stop() {
        return stop;
    }

    @Override
    public void start(int totalTasks) {
        // The percentage follows the receiving and resolving tasks, whatever their number.
    }

    @Override
    public void beginTask(String title, int totalWork) {
        task = title == null ? "" : title;
        total = totalWork;
        done = 0;
        report();
    }

    @Override
    public void update(int completed) {
        done += completed;
        report();
    }

    @Override
    public void endTask() {
        done = total;
        report();
    }

    @Override
    public boolean isCancelled() {
        if (stop != null) {
            return true;
        }
        if (clock.instant().isAfter(deadline)) {
            stop = Stop.DEADLINE;
            return true;
        }
        long now = System.nanoTime();
        if (now - lastSizeCheck >= SIZE_CHECK_EVERY_NANOS) {
            lastSizeCheck = now;
            if (sizeOf(repositoryFolder) > maxBytes) {
                stop = Stop.TOO_LARGE;
                return true;
            }
        }
        return false;
    }

    @Override
    public void showDuration(boolean enabled) {
        // Durations are logged by the mirror itself.
    }

    /** Returns the bytes of the files under a folder. */
    static long sizeOf(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(RunMonitor::sizeOrZero).sum();
        } catch (IOException | UncheckedIOException e) {
            // JGit renames and deletes temporary files while it works; the next check measures again.
            return 0;
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // A temporary file that JGit deleted between the listing and this call counts as empty.
            return 0;
        }
    }

    private void report() {
        if (total <= 0) {
            return;
        }
        int share = (int) Math.min(100, (long) done * 100 / total);
        if (task.startsWith(RECEIVING)) {
            progress.percent(share * 80 / 100);
        } else if (task.startsWith(RESOLVING)) {
            progress.percent(80 + share * 19 / 100);
        }
    }
}
