package dev.codevault.desktop.newvault;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Measures an upload's speed over the last few seconds and decides when the screen should show new figures, so a
 * fast upload does not flood the JavaFX thread with updates. Not thread-safe: feed it from the uploading thread.
 */
public final class UploadMeter {

    private static final long WINDOW_NANOS = 3_000_000_000L;
    private static final long REPORT_INTERVAL_NANOS = 100_000_000L;

    private final Deque<long[]> samples = new ArrayDeque<>();
    private long lastReport = Long.MIN_VALUE;

    /**
     * Records the bytes sent so far at a time, in nanoseconds of {@link System#nanoTime()}.
     *
     * @return whether the screen should show the figures now: at most ten times a second, and always at the end
     */
    public boolean record(long bytes, long total, long nanos) {
        samples.addLast(new long[] {bytes, nanos});
        while (samples.size() > 2 && nanos - samples.peekFirst()[1] > WINDOW_NANOS) {
            samples.removeFirst();
        }
        if (bytes >= total || lastReport == Long.MIN_VALUE || nanos - lastReport >= REPORT_INTERVAL_NANOS) {
            lastReport = nanos;
            return true;
        }
        return false;
    }

    /** Returns the speed over the recent samples in bytes per second, or 0 before two samples. */
    public double bytesPerSecond() {
        if (samples.size() < 2) {
            return 0;
        }
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        long nanos = last[1] - first[1];
        return nanos <= 0 ? 0 : (last[0] - first[0]) * 1_000_000_000.0 / nanos;
    }
}
