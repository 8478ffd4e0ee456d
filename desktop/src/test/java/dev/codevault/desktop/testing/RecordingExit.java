package dev.codevault.desktop.testing;

import dev.codevault.desktop.fx.AppExit;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the app's exits instead of ending it, so a test can quit the app and go on with the JavaFX toolkit running.
 * It takes the place of the real exit in a bean context started while the system property {@value #PROPERTY} is
 * {@code true}.
 */
@Singleton
@Requires(property = RecordingExit.PROPERTY, value = "true")
public class RecordingExit implements AppExit {

    /** The system property that makes a bean context use this exit. */
    public static final String PROPERTY = "codevault.test.recording-exit";

    private final AtomicInteger exits = new AtomicInteger();

    @Override
    public void exit() {
        exits.incrementAndGet();
    }

    /** Returns the number of exits requested so far. */
    public int exits() {
        return exits.get();
    }
}
