package dev.codevault.desktop.newvault;

import dev.codevault.common.vault.VaultApi;
import dev.codevault.common.vault.VaultView;
import dev.codevault.desktop.server.StreamingHttp;
import jakarta.inject.Singleton;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads an archive as a vault's next version, streaming it from disk with its length declared and reporting the
 * bytes sent. Interrupting the uploading thread cancels the upload.
 */
@Singleton
public class ArchiveUploader {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveUploader.class);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMinutes(30);

    private final StreamingHttp http;

    ArchiveUploader(StreamingHttp http) {
        this.http = http;
    }

    /**
     * Uploads the file and returns the vault, now queued.
     *
     * @throws InterruptedException when the upload was cancelled
     * @throws IOException          when the server cannot be reached or the file cannot be read
     */
    public VaultView upload(UUID vaultId, Path file, UploadProgress progress) throws IOException,
            InterruptedException {
        long size = Files.size(file);
        String name = file.getFileName().toString();
        String path = VaultApi.ARCHIVE_UPLOAD_PATH.replace("{vaultId}", vaultId.toString()) + "?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
        AtomicBoolean cancelled = new AtomicBoolean();
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> counting(file, size, progress, cancelled)), size);
        HttpRequest request = http.request(path)
                .header("Content-Type", "application/octet-stream")
                .header("Accept", "application/json")
                .timeout(RESPONSE_TIMEOUT)
                .POST(body)
                .build();

        LOG.info("Uploading an archive of {} bytes to vault {}", size, vaultId);
        HttpResponse<InputStream> response;
        try {
            response = http.open(request);
        } catch (InterruptedException e) {
            cancelled.set(true);
            LOG.info("The upload to vault {} was cancelled", vaultId);
            throw e;
        }
        VaultView vault = http.readJson(response.body(), VaultView.class);
        LOG.info("Vault {} accepted the archive", vaultId);
        return vault;
    }

    private static InputStream counting(Path file, long size, UploadProgress progress, AtomicBoolean cancelled) {
        try {
            return new CountingStream(Files.newInputStream(file), size, progress, cancelled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes the client reads from the file, and stops reading once the upload is cancelled. */
    private static final class CountingStream extends FilterInputStream {

        private final long size;
        private final UploadProgress progress;
        private final AtomicBoolean cancelled;
        private long sent;

        CountingStream(InputStream in, long size, UploadProgress progress, AtomicBoolean cancelled) {
            super(in);
            this.size = size;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (cancelled.get()) {
                throw new InterruptedIOException("the upload was cancelled");
            }
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                sent += read;
                progress.sent(sent, size);
            }
            return read;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }
    }
}
