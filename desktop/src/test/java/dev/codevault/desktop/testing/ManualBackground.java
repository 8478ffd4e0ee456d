package dev.codevault.desktop.testing;

import dev.codevault.desktop.fx.Background;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds every work and update until the test runs them on its own thread, so a test can change the state between
 * the start of a work and its outcome, as a user does while a request is under way.
 */
public final class ManualBackground implements Background {

    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> Runnable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        pending.add(() -> {
            if (cancelled[0]) {
                return;
            }
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        return () -> cancelled[0] = true;
    }

    @Override
    public void onFxThread(Runnable update) {
        pending.add(update);
    }

    /**
     * Runs the pending work or update that came first, a work with its outcome, and keeps those it starts pending, so
     * the test can act between two steps.
     *
     * @throws AssertionError when nothing is pending
     */
    public void runNext() {
        if (pending.isEmpty()) {
            throw new AssertionError("no work or update is pending");
        }
        pending.poll().run();
    }

    /** Runs the held works and updates in the order they came, and those they start, until none is left. */
    public void runAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }
}
