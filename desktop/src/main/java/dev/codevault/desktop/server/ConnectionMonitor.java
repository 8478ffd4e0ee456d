package dev.codevault.desktop.server;

import io.micronaut.context.annotation.Prototype;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Checks the server in the background: often while it is not connected, seldom once it is. Its value is the
 * latest {@link ConnectionStatus}; listen to it on the JavaFX thread.
 */
@Prototype
public class ConnectionMonitor extends ScheduledService<ConnectionStatus> {

    private static final Duration WHILE_DISCONNECTED = Duration.seconds(5);
    private static final Duration WHILE_CONNECTED = Duration.seconds(30);

    private final ConnectionChecker checker;

    ConnectionMonitor(ConnectionChecker checker) {
        this.checker = checker;
        setPeriod(WHILE_DISCONNECTED);
    }

    /** Sets how often to check from the latest state; call it on the JavaFX thread. */
    public void pace(ConnectionState state) {
        setPeriod(state == ConnectionState.CONNECTED ? WHILE_CONNECTED : WHILE_DISCONNECTED);
    }

    /**
     * Checks now, then on the schedule again. It cancels first, because {@link javafx.concurrent.Service#restart()}
     * cancels only the running task, not the timer of a monitor that waits for its next check. With assertions on,
     * the ScheduledService of JavaFX 21.0.11 then fails the restart.
     */
    @Override
    public void restart() {
        cancel();
        super.restart();
    }

    @Override
    protected Task<ConnectionStatus> createTask() {
        return new Task<>() {
            @Override
            protected ConnectionStatus call() {
                return checker.check();
            }
        };
    }
}
