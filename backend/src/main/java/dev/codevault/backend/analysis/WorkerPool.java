package dev.codevault.backend.analysis;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs tasks on a fixed number of threads with a bounded number of tasks in flight, so the thread that submits
 * (the tree walk) waits instead of piling up file contents in memory. The first failure stops further submissions
 * and is thrown again by {@link #awaitAll()}.
 */
final class WorkerPool implements AutoCloseable {

    private static final int TASKS_PER_THREAD = 4;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService executor;
    private final Semaphore slots;
    private final int slotCount;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    WorkerPool(int threads) {
        this.slotCount = threads * TASKS_PER_THREAD;
        this.slots = new Semaphore(slotCount);
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemonThreads("analysis-" + POOLS.incrementAndGet() + "-worker-"));
    }

    /** Runs the task on a worker once a slot is free; throws the first failure of an earlier task instead. */
    void submit(Runnable task) {
        throwIfFailed();
        acquire(1);
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e instanceof RuntimeException runtime ? runtime : new WorkerError(e));
            } finally {
                slots.release();
            }
        });
    }

    /** Waits until every submitted task has finished, then throws the first failure, if any. */
    void awaitAll() {
        acquire(slotCount);
        slots.release(slotCount);
        throwIfFailed();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void throwIfFailed() {
        RuntimeException first = failure.get();
        if (first != null) {
            throw first;
        }
    }

    private void acquire(int permits) {
        try {
            slots.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for analysis workers", e);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** An error such as {@link OutOfMemoryError} in a worker, carried to the submitting thread. */
    static final class WorkerError extends RuntimeException {

        WorkerError(Throwable cause) {
            super("An analysis worker failed: " + cause, cause);
        }
    }
}
