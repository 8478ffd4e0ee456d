package dev.codevault.backend.testing;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.codevault.backend.jobs.JobKind;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes analysis jobs wait once the queue has handed them to a worker, until the test lets them go, so a test can act
 * while an analysis of a vault counts as running. Present only with {@code codevault.test.analysis-gate=true}.
 */
@Singleton
@Requires(property = "codevault.test.analysis-gate", value = "true")
public final class AnalysisGate implements ExecutionInterceptor {

    private final AtomicInteger waiting = new AtomicInteger();
    private volatile CountDownLatch gate;

    /** Makes the next analysis jobs wait. */
    public void close() {
        gate = new CountDownLatch(1);
    }

    /** Lets waiting and later analysis jobs run. */
    public void open() {
        CountDownLatch closed = gate;
        gate = null;
        if (closed != null) {
            closed.countDown();
        }
    }

    /** Returns how many analysis jobs wait at the moment. */
    public int waiting() {
        return waiting.get();
    }

    @Override
    public CompletionHandler<?> execute(TaskInstance<?> instance, ExecutionContext context, ExecutionChain chain) {
        CountDownLatch closed = gate;
        if (closed != null && instance.getTaskName().equals(JobKind.ANALYSE.taskName())) {
            waiting.incrementAndGet();
            try {
                closed.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiting.decrementAndGet();
            }
        }
        return chain.proceed(instance, context);
    }
}
