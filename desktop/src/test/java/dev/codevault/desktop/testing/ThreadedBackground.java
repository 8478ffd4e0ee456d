package dev.codevault.desktop.testing;

import dev.codevault.desktop.fx.Background;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs each work on a thread of its own, as the app does, so a work may block, such as the browser sign-in that
 * waits for its code. The outcomes and updates wait in a queue until {@link #runUntil} runs them on the test's
 * thread, which plays the JavaFX thread. Cancelling interrupts the work's thread.
 */
public final class ThreadedBackground implements Background {

    private final BlockingQueue<Runnable> updates = new LinkedBlockingQueue<>();
    private final List<Thread> works = new CopyOnWriteArrayList<>();

    @Override
    public <T> Runnable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        Thread thread = new Thread(() -> {
            try {
                T result = work.call();
                updates.add(() -> {
                    if (!cancelled[0]) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception e) {
                updates.add(() -> {
                    if (!cancelled[0]) {
                        onFailure.accept(e);
                    }
                });
            }
        }, "test-background");
        thread.setDaemon(true);
        works.add(thread);
        thread.start();
        return () -> {
            cancelled[0] = true;
            thread.interrupt();
        };
    }

    @Override
    public void onFxThread(Runnable update) {
        updates.add(update);
    }

    /**
     * Runs the queued outcomes and updates on the calling thread until the condition holds.
     *
     * @throws AssertionError when the condition does not hold within the timeout
     */
    public void runUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                throw new AssertionError("the condition did not hold within " + timeout.toSeconds() + " seconds");
            }
            Runnable update = updates.poll(left, TimeUnit.MILLISECONDS);
            if (update != null) {
                update.run();
            }
        }
    }

    /**
     * Waits for every work started so far and runs the outcomes and updates they queued, until no work runs and no
     * update waits, as the JavaFX thread would once the background falls quiet.
     *
     * @throws AssertionError when a work still runs after the timeout
     */
    public void runUntilIdle(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (works.stream().anyMatch(Thread::isAlive) || !updates.isEmpty()) {
            for (Thread work : works) {
                work.join(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
                if (work.isAlive()) {
                    throw new AssertionError("a background work still ran after " + timeout.toSeconds()
                            + " seconds");
                }
            }
            Runnable update;
            while ((update = updates.poll()) != null) {
                update.run();
            }
        }
    }
}
