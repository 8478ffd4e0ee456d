package dev.codevault.backend;

import dev.codevault.backend.startup.StartupChecks;
import dev.codevault.backend.startup.StartupFailures;
import dev.codevault.backend.startup.StartupSettings;
import dev.codevault.backend.system.BuildInfo;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.ZoneOffset;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the CodeVault backend. A start-up failure ends the process with exit code 2 and one message that names
 * the setting to change, instead of a stack trace.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final int STARTUP_FAILED = 2;

    private Application() {
    }

    public static void main(String[] args) {
        long startedAt = System.nanoTime();
        // H2 converts times through the JVM's zone, so UTC here keeps every stored time in UTC.
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
        ApplicationContext context = Micronaut.build(args).mainClass(Application.class).banner(false).build();
        EmbeddedServer server;
        StartupSettings settings = null;
        try {
            // The checks read the environment before any bean creates the database or the master key.
            context.getEnvironment().start();
            StartupChecks.run(context.getEnvironment());
            context.start();
            settings = StartupSettings.of(context.getEnvironment());
            server = context.getBean(EmbeddedServer.class);
            server.start();
        } catch (RuntimeException e) {
            // The server closes the context when it cannot bind, so the settings are read before it starts.
            if (settings == null) {
                settings = StartupSettings.of(context.getEnvironment());
            }
            System.err.println("CodeVault did not start: " + StartupFailures.explain(e, settings));
            LOG.debug("Start-up failure", e);
            closeQuietly(context);
            System.exit(STARTUP_FAILED);
            return;
        }

        LOG.info("CodeVault {} started in {} ms, listening on {}", context.getBean(BuildInfo.class).version(),
                (System.nanoTime() - startedAt) / 1_000_000, server.getURL());
        awaitShutdown(context);
    }

    private static void awaitShutdown(ApplicationContext context) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("CodeVault is stopping");
            closeQuietly(context);
            stopped.countDown();
        }, "codevault-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(ApplicationContext context) {
        try {
            if (context.isRunning()) {
                context.close();
            }
        } catch (RuntimeException e) {
            // The process is ending anyway; a failure while closing must not hide the reason it ends.
            LOG.debug("Closing the application context failed", e);
        }
    }
}
