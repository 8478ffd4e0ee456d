package dev.codevault.backend.results;

import dev.codevault.backend.analysis.result.AnalysisResult;
import dev.codevault.backend.crypto.Aead;
import dev.codevault.backend.crypto.DataKeys;
import dev.codevault.common.report.AnalysisDetails;
import dev.codevault.common.report.AnalysisReport;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.SecretKey;

/**
 * Stores and reads the results of analysis runs: the aggregates as plain JSON, the per-file part compressed and
 * sealed with the vault's data key, bound to its run by the associated data.
 */
@Singleton
public class ResultStore {

    private static final String DETAILS_PURPOSE = "codevault analysis details\n";

    private final AnalysisResultRepository results;
    private final DataKeys dataKeys;
    private final JsonMapper json;
    private final Clock clock;

    ResultStore(AnalysisResultRepository results, DataKeys dataKeys, JsonMapper json, Clock clock) {
        this.results = results;
        this.dataKeys = dataKeys;
        this.json = json;
        this.clock = clock;
    }

    /** Writes the results of a run, replacing any from an earlier attempt; call it inside a transaction. */
    @Transactional
    public void store(AnalysisRun run, byte[] sealedDataKey, AnalysisResult result) {
        Instant now = clock.instant();
        AnalysisReport report = ReportMapper.report(result.summary(), run.versionNumber(), run.commitId(), now);
        AnalysisDetails details = ReportMapper.details(result.detail(), run.versionNumber());
        SecretKey key = dataKeys.open(run.vaultId(), sealedDataKey);
        byte[] sealed = Aead.seal(key, gzip(write(details)), associatedData(run.id()));

        AnalysisResultRecord record = new AnalysisResultRecord(run.id(),
                new String(write(report), StandardCharsets.UTF_8), sealed, now);
        if (results.existsById(run.id())) {
            results.update(record);
        } else {
            results.save(record);
        }
    }

    /** Reads the aggregates of a run. */
    public AnalysisReport report(UUID runId) {
        AnalysisResultRecord record = results.findById(runId)
                .orElseThrow(() -> new IllegalStateException("run " + runId + " is ready but has no results"));
        return read(record.reportJson().getBytes(StandardCharsets.UTF_8), AnalysisReport.class);
    }

    /** Opens and reads the per-file part of a run. */
    public AnalysisDetails details(AnalysisRun run, byte[] sealedDataKey) {
        AnalysisResultRecord record = results.findById(run.id())
                .orElseThrow(() -> new IllegalStateException("run " + run.id() + " is ready but has no results"));
        SecretKey key = dataKeys.open(run.vaultId(), sealedDataKey);
        byte[] opened = Aead.open(key, record.sealedDetails(), associatedData(run.id()));
        return read(gunzip(opened), AnalysisDetails.class);
    }

    private static byte[] associatedData(UUID runId) {
        return (DETAILS_PURPOSE + runId).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing analysis results as JSON failed", e);
        }
    }

    private <T> T read(byte[] bytes, Class<T> type) {
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("reading stored analysis results failed", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing analysis results failed", e);
        }
        return buffer.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("decompressing analysis results failed", e);
        }
    }
}
