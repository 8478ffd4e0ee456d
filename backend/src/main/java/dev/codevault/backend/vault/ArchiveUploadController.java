package dev.codevault.backend.vault;

import dev.codevault.backend.security.CurrentUser;
import dev.codevault.common.vault.VaultApi;
import dev.codevault.common.vault.VaultState;
import dev.codevault.common.vault.VaultView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** Serves the two streaming calls of {@link VaultApi}: the archive upload and the state events. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class ArchiveUploadController {

    private static final Duration STATE_POLL = Duration.ofMillis(250);

    private final ArchiveUploadService uploads;
    private final VaultService vaults;
    private final VaultRepository vaultRows;

    ArchiveUploadController(ArchiveUploadService uploads, VaultService vaults, VaultRepository vaultRows) {
        this.uploads = uploads;
        this.vaults = vaults;
        this.vaultRows = vaultRows;
    }

    /**
     * Receives an archive as the raw request body, with its file name in the query parameter {@code name}, and
     * responds 202 with the vault, now queued.
     */
    @Post(uri = VaultApi.ARCHIVE_UPLOAD_PATH, consumes = MediaType.APPLICATION_OCTET_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<VaultView> upload(@PathVariable UUID vaultId, @Nullable @QueryValue String name,
                                   HttpRequest<?> request, @Nullable @Body InputStream body,
                                   Authentication authentication) {
        long declaredBytes = request.getHeaders().contentLength().orElse(-1);
        InputStream content = body == null ? InputStream.nullInputStream() : body;
        try {
            VaultView vault = uploads.upload(CurrentUser.idOf(authentication), vaultId, name, declaredBytes, content);
            return HttpResponse.accepted().body(vault);
        } catch (RuntimeException e) {
            drain(content);
            throw e;
        }
    }

    /**
     * Reads what is left of a rejected upload, so the client, still sending, gets to read the error instead of
     * waiting on a connection that no longer reads. The server's request size limit caps how much that can be.
     */
    private static void drain(InputStream body) {
        try (InputStream rest = body) {
            rest.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The client went away or the stream is closed already: nothing is left to read.
        }
    }

    /**
     * Sends the vault's state at once and again whenever it changes, until the client disconnects or the vault is
     * deleted.
     */
    @Get(uri = VaultApi.STATE_EVENTS_PATH, produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    Publisher<Event<VaultState>> stateEvents(@PathVariable UUID vaultId, Authentication authentication) {
        vaults.get(CurrentUser.idOf(authentication), vaultId);
        return Flux.interval(Duration.ZERO, STATE_POLL)
                .onBackpressureDrop()
                .publishOn(Schedulers.boundedElastic())
                .map(tick -> vaultRows.findById(vaultId))
                .takeWhile(Optional::isPresent)
                .map(vault -> vault.get().state())
                .distinctUntilChanged()
                .map(state -> Event.of(state).name("state"));
    }
}
