package dev.codevault.desktop.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waiting for a condition on the scene graph, checked on the JavaFX thread. A lookup from the test's own thread
 * can fail with an IndexOutOfBoundsException while the JavaFX thread changes the children it walks, as the hidden
 * styling of the workspace does for some seconds after the window opens.
 */
public final class FxWait {

    private FxWait() {
    }

    /** Waits until the condition, checked on the JavaFX thread, returns true, then for the pending JavaFX events. */
    public static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
