package dev.codevault.desktop.fx;

import io.micronaut.context.annotation.Secondary;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** Runs work in a JavaFX {@link Task} on daemon threads; the task's handlers run on the JavaFX thread. */
@Singleton
@Secondary
class FxBackground implements Background {

    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "codevault-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> Runnable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        executor.execute(task);
        return () -> task.cancel(true);
    }

    @Override
    public void onFxThread(Runnable update) {
        Platform.runLater(update);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
