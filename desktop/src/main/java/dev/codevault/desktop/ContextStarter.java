package dev.codevault.desktop;

import dev.codevault.desktop.fx.StartupProbe;
import io.micronaut.context.ApplicationContext;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the bean context on a thread of its own as soon as the process starts, so it builds while JavaFX starts
 * its toolkit instead of after it.
 */
final class ContextStarter {

    private static volatile CompletableFuture<ApplicationContext> started;

    private ContextStarter() {
    }

    /** Starts building the context in the background. */
    static void startEarly(String[] args) {
        started = CompletableFuture.supplyAsync(() -> build(serverUrlArgument(args)));
    }

    /**
     * Returns the context started early, or builds it now when nothing started it, as when a test launches the
     * app class directly.
     */
    static ApplicationContext context(String serverUrlArgument) {
        CompletableFuture<ApplicationContext> early = started;
        started = null;
        return early != null ? early.join() : build(serverUrlArgument);
    }

    private static ApplicationContext build(String serverUrlArgument) {
        StartupProbe.mark("context-building");
        ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .banner(false)
                .singletons(new StartupOptions(serverUrlArgument, System.getenv("CODEVAULT_SERVER_URL")))
                .start();
        StartupProbe.mark("context-started");
        return context;
    }

    private static String serverUrlArgument(String[] args) {
        String prefix = "--server-url=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return System.getProperty("codevault.server-url");
    }
}
