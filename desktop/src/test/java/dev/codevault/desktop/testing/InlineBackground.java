package dev.codevault.desktop.testing;

import dev.codevault.desktop.fx.Background;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work at once on the calling thread, so a test reads the outcome right after each step. */
public final class InlineBackground implements Background {

    @Override
    public <T> Runnable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }

    @Override
    public void onFxThread(Runnable update) {
        update.run();
    }
}
