package dev.codevault.desktop.fx;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measurements for the desktop benchmark, on only with {@code -Dcodevault.benchmark=true}: the time from the JVM's
 * start to the first laid-out frame of the window, and JavaFX-thread stalls as gaps between pulses. An animation
 * timer keeps a pulse in every frame while it measures, so a gap between two pulses is time the JavaFX thread
 * spent on something else. Results go to the log in lines that start with {@code BENCHMARK}.
 */
public final class StartupProbe {

    /** A gap between pulses longer than this counts as a stall. */
    public static final long STALL_MILLIS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    private static final boolean ENABLED = Boolean.getBoolean("codevault.benchmark");

    private static long lastPulseNanos;
    private static long longestGapNanos;
    private static int stalls;

    private StartupProbe() {
    }

    /** Returns whether the benchmark measurements are on. */
    public static boolean enabled() {
        return ENABLED;
    }

    /** Starts measuring the window's scene. */
    public static void watch(Scene scene) {
        if (!ENABLED) {
            return;
        }
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        AtomicBoolean firstFrame = new AtomicBoolean(true);
        long[] preLayout = new long[1];
        scene.addPreLayoutPulseListener(() -> preLayout[0] = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> {
            long now = System.nanoTime();
            if (firstFrame.getAndSet(false)) {
                LOG.info("BENCHMARK first-frame-ms={}", System.currentTimeMillis() - jvmStartMillis);
            } else {
                long gap = now - lastPulseNanos;
                longestGapNanos = Math.max(longestGapNanos, gap);
                if (gap > STALL_MILLIS * 1_000_000) {
                    stalls++;
                    LOG.info("BENCHMARK stall-ms={} at-ms={} css-layout-ms={}", gap / 1_000_000,
                            System.currentTimeMillis() - jvmStartMillis, (now - preLayout[0]) / 1_000_000);
                }
            }
            lastPulseNanos = now;
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                // Only here to request a pulse in every frame.
            }
        }.start();
    }

    /** Logs how long after the JVM's start a step was reached, in benchmark runs. */
    public static void mark(String step) {
        if (ENABLED) {
            LOG.info("BENCHMARK mark={} at-ms={}", step, System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime());
        }
    }

    /** Logs how long a step took on the calling thread, in benchmark runs. */
    public static void took(String step, long startNanos) {
        if (ENABLED) {
            LOG.info("BENCHMARK took={} ms={}", step, (System.nanoTime() - startNanos) / 1_000_000);
        }
    }

    /** Logs the stalls so far and the resident memory, and starts counting stalls afresh. */
    public static void report(String step) {
        if (!ENABLED) {
            return;
        }
        LOG.info("BENCHMARK step={} longest-pulse-gap-ms={} stalls-over-{}ms={} rss-mib={}", step,
                longestGapNanos / 1_000_000, STALL_MILLIS, stalls, residentMebibytes());
        longestGapNanos = 0;
        stalls = 0;
    }

    /** Returns the process's resident memory in MiB from {@code /proc/self/status}, or -1 where there is none. */
    public static long residentMebibytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or a kernel without the field: no figure.
        }
        return -1;
    }
}
