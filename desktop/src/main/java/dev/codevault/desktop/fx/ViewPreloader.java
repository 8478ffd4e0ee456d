package dev.codevault.desktop.fx;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads FXML views on a background thread ahead of time, so the JavaFX thread only attaches them. JavaFX allows
 * building nodes on any thread while they are not part of a showing window; a preloaded view's controller must
 * therefore leave everything that needs the JavaFX thread, such as starting a {@code Service}, to a later step.
 */
@Singleton
public class ViewPreloader {

    private static final Logger LOG = LoggerFactory.getLogger(ViewPreloader.class);

    private final FxmlViews views;
    private final Map<String, CompletableFuture<View<Object>>> loading = new ConcurrentHashMap<>();

    ViewPreloader(FxmlViews views) {
        this.views = views;
    }

    /**
     * Starts loading a view in the background, unless it is loading or loaded already, or the app shuts down. A
     * preload that fails because the app shut down meanwhile, for example when the window closed right after it
     * appeared, is logged at debug level only.
     */
    public void preload(String resource) {
        if (!views.isContextRunning()) {
            LOG.debug("Not preloading {}: the app is shutting down", resource);
            return;
        }
        loading.computeIfAbsent(resource, key -> CompletableFuture.supplyAsync(() -> {
            Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
            return views.<Object>loadView(key);
        }).whenComplete((view, failure) -> {
            if (failure == null) {
                return;
            }
            if (views.isContextRunning()) {
                LOG.warn("Preloading {} failed; it loads when shown instead", key, failure);
            } else {
                LOG.debug("Preloading {} stopped because the app shut down meanwhile", key);
            }
        }));
    }

    /**
     * Returns the preloaded view and removes it, so the next call preloads a fresh one. A view that was not
     * preloaded is loaded now, on the calling thread.
     */
    @SuppressWarnings("unchecked")
    public <C> CompletableFuture<View<C>> take(String resource) {
        CompletableFuture<View<Object>> pending = loading.remove(resource);
        if (pending == null) {
            return CompletableFuture.completedFuture(views.loadView(resource));
        }
        return pending.handle((view, failure) -> (View<C>) (failure == null ? view : views.loadView(resource)));
    }
}
