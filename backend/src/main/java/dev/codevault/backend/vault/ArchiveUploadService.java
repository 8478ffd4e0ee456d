package dev.codevault.backend.vault;

import dev.codevault.backend.archive.ArchiveImporter;
import dev.codevault.backend.archive.ArchiveLimits;
import dev.codevault.backend.archive.ArchiveRejectedException;
import dev.codevault.backend.archive.ArchiveRejectedException.Reason;
import dev.codevault.backend.error.ConflictException;
import dev.codevault.backend.error.InvalidRequestException;
import dev.codevault.backend.storage.VaultStorage;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.VaultView;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes an uploaded archive: streams it to the storage folder within the size limit, checks it as hostile input
 * and queues its import. A rejected or failed upload leaves no file and no row behind.
 */
@Singleton
public class ArchiveUploadService {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveUploadService.class);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final VaultService vaults;
    private final ArchiveUploadRepository uploads;
    private final VaultPipeline pipeline;
    private final CodeSourceRepository codeSources;
    private final VaultStorage storage;
    private final ArchiveImporter importer;
    private final ArchiveLimits limits;
    private final Clock clock;

    ArchiveUploadService(VaultService vaults, ArchiveUploadRepository uploads, VaultPipeline pipeline,
                         CodeSourceRepository codeSources, VaultStorage storage, ArchiveImporter importer,
                         ArchiveLimits limits, Clock clock) {
        this.vaults = vaults;
        this.codeSources = codeSources;
        this.uploads = uploads;
        this.pipeline = pipeline;
        this.storage = storage;
        this.importer = importer;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Stores, checks and queues an uploaded archive as the vault's next version; the caller must be a member of
     * the vault's team.
     *
     * @param declaredName  the archive's file name as the client sent it, a format hint; {@code null} or blank when
     *                      the client sent none
     * @param declaredBytes the request's content length, or a negative number when unknown
     * @throws InvalidRequestException  when the caller may see the vault but sent no file name
     * @throws ArchiveRejectedException when the archive is too large or breaks a rule of the importer
     * @throws ConflictException        when an earlier upload of the vault still waits for its import
     */
    public VaultView upload(UUID userId, UUID vaultId, String declaredName, long declaredBytes, InputStream body) {
        Vault vault = vaults.get(userId, vaultId);
        // The name is checked after the vault, so another team's vault id gets 404 whatever the request holds.
        if (declaredName == null || declaredName.isBlank()) {
            throw new InvalidRequestException("The query parameter name is missing. Send the archive's file name in "
                    + "it, such as ?name=code.zip.");
        }
        requireArchiveSource(vaultId);
        requireNoPendingUpload(vaultId);
        if (declaredBytes > limits.maxArchiveBytes()) {
            throw tooLarge();
        }

        String storedName = storage.newIncomingFile();
        try {
            Path file = storage.incomingFile(storedName);
            long bytes = copyWithinLimit(body, file);
            if (bytes == 0) {
                throw new ArchiveRejectedException(Reason.EMPTY, "The upload is empty. Send the archive's bytes as "
                        + "the request body.");
            }
            importer.inspect(file, declaredName);
            accept(new ArchiveUpload(UUID.randomUUID(), vault.id(), storedName, bytes, clock.instant()));
        } catch (RuntimeException e) {
            storage.deleteIncoming(storedName);
            throw e;
        }
        return vaults.getView(userId, vaultId);
    }

    private void requireArchiveSource(UUID vaultId) {
        boolean git = codeSources.findByVaultId(vaultId).map(source -> source.kind() == CodeSourceKind.GIT)
                .orElse(false);
        if (git) {
            throw new ConflictException("Vault " + vaultId + " mirrors a git remote, so it takes no archive uploads. "
                    + "Press Update code to read the remote again, or create an archive vault for this archive.");
        }
    }

    private void requireNoPendingUpload(UUID vaultId) {
        if (uploads.existsByVaultId(vaultId)) {
            throw new ConflictException("An earlier upload of vault " + vaultId + " still waits for its import. "
                    + "Wait until the vault shows ANALYSING or READY, then upload again.");
        }
    }

    private void accept(ArchiveUpload upload) {
        try {
            pipeline.acceptUpload(upload);
        } catch (DataAccessException e) {
            LOG.info("Vault {}: a second upload arrived at the same time and lost", upload.vaultId());
            requireNoPendingUpload(upload.vaultId());
            throw e;
        }
    }

    /** Copies the body to the file and stops at the limit; the caller reads or discards the rest of the body. */
    private long copyWithinLimit(InputStream body, Path file) {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = readBody(body, buffer)) >= 0) {
                total += read;
                if (total > limits.maxArchiveBytes()) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            if (isContentLengthExceeded(e)) {
                throw tooLarge();
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("receiving the uploaded archive failed", (IOException) e);
        }
        return total;
    }

    /**
     * Reads the next part of the body. A failure here means the client stopped sending, as when the user cancels an
     * upload, so it is the client's error and not the server's.
     */
    private int readBody(InputStream body, byte[] buffer) {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            if (isContentLengthExceeded(e)) {
                throw tooLarge();
            }
            throw new InvalidRequestException("The upload ended before the whole archive arrived, because the "
                    + "connection closed. Send the archive again.", e);
        }
    }

    /** Returns whether the server's own request size limit ended the body, which is a too-large upload too. */
    private static boolean isContentLengthExceeded(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContentLengthExceededException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private ArchiveRejectedException tooLarge() {
        return new ArchiveRejectedException(Reason.TOO_LARGE, "The archive is larger than the limit of "
                + limits.maxArchiveBytes() + " bytes. Upload a smaller archive, for example without build output "
                + "or dependencies, or ask your administrator to raise codevault.archive.max-archive-bytes.");
    }
}
