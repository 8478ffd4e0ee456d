package dev.codevault.desktop.vaults;

import dev.codevault.common.vault.VaultApi;
import dev.codevault.common.vault.VaultState;
import dev.codevault.desktop.server.ServerProblemException;
import dev.codevault.desktop.server.ServerSentEvents;
import dev.codevault.desktop.server.StreamingHttp;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a vault's state through the server's event stream on a thread of its own, and connects again after a
 * broken connection until it is closed.
 */
@Singleton
public class VaultStateStream {

    private static final Logger LOG = LoggerFactory.getLogger(VaultStateStream.class);
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(3);

    private final StreamingHttp http;

    VaultStateStream(StreamingHttp http) {
        this.http = http;
    }

    /**
     * Starts following a vault.
     *
     * @param listener gets each state on the stream's thread
     * @return a handle that stops following
     */
    public AutoCloseable follow(UUID vaultId, Consumer<VaultState> listener) {
        AtomicReference<InputStream> open = new AtomicReference<>();
        Thread thread = new Thread(() -> run(vaultId, listener, open), "codevault-vault-state");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            thread.interrupt();
            InputStream body = open.get();
            if (body != null) {
                // A read blocked on the network may not notice the interrupt; closing the body ends it.
                body.close();
            }
        };
    }

    private void run(UUID vaultId, Consumer<VaultState> listener, AtomicReference<InputStream> open) {
        String path = VaultApi.STATE_EVENTS_PATH.replace("{vaultId}", vaultId.toString());
        while (!Thread.currentThread().isInterrupted()) {
            try {
                HttpResponse<InputStream> response = http.open(http.request(path)
                        .header("Accept", "text/event-stream").GET().build());
                try (InputStream body = response.body()) {
                    open.set(body);
                    ServerSentEvents.read(body, event -> listener.accept(parse(event.data())));
                }
            } catch (InterruptedException e) {
                return;
            } catch (ServerProblemException e) {
                LOG.info("Stopped following vault {}: the server answered {}", vaultId, e.status());
                return;
            } catch (IOException | UncheckedIOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                LOG.debug("The state stream of vault {} broke off: {}", vaultId, e.getMessage());
            }
            if (!sleep()) {
                return;
            }
        }
    }

    private VaultState parse(String data) {
        try {
            return http.readJson(data, VaultState.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sleep() {
        try {
            Thread.sleep(RECONNECT_DELAY.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
