package dev.codevault.desktop.fx;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The preloader while the app shuts down, with views whose loading fails like a stopped bean context. */
class ViewPreloaderTest {

    private static final String VIEW = "/dev/codevault/desktop/workspace/WorkspaceView.fxml";

    private final Logger logger = (Logger) LoggerFactory.getLogger(ViewPreloader.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch loadStarted = new CountDownLatch(1);
    private final CountDownLatch shutDown = new CountDownLatch(1);
    private final FxmlViews views = new FxmlViews(ApplicationContext.builder().build()) {
        @Override
        public boolean isContextRunning() {
            return running.get();
        }

        @Override
        public <C> View<C> loadView(String resource) {
            loadStarted.countDown();
            await(shutDown);
            throw new IllegalStateException("Cannot resolve beans until the context is running");
        }
    };
    private final ViewPreloader preloader = new ViewPreloader(views);

    @BeforeEach
    void captureLog() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(appender);
    }

    @Test
    void staysQuietWhenAppShutsDownMeanwhile() throws Exception {
        preloader.preload(VIEW);
        await(loadStarted);
        running.set(false);
        shutDown.countDown();

        preloader.take(VIEW).exceptionally(failure -> null).get(10, TimeUnit.SECONDS);

        assertThat(appender.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void warnsWhenPreloadFailsWhileRunning() throws Exception {
        shutDown.countDown();
        preloader.preload(VIEW);
        await(loadStarted);

        preloader.take(VIEW).exceptionally(failure -> null).get(10, TimeUnit.SECONDS);

        assertThat(appender.list).anyMatch(event -> event.getLevel() == Level.WARN);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
