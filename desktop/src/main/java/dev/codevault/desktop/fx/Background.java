package dev.codevault.desktop.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work off the JavaFX thread and hands its outcome back on it. */
public interface Background {

    /**
     * Runs the work in the background, then one of the callbacks on the JavaFX thread.
     *
     * @return a handle that cancels the work; a cancelled work calls neither callback
     */
    <T> Runnable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs an update on the JavaFX thread, later; for results that arrive on other threads, such as streams. */
    void onFxThread(Runnable update);
}
