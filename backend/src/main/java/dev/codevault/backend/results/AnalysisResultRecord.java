package dev.codevault.backend.results;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * The stored results of one analysis run.
 *
 * @param runId         the run
 * @param reportJson    the aggregates as JSON: numbers that reveal no path or name
 * @param sealedDetails per-file numbers and function names, compressed and sealed with the vault's data key
 * @param createdAt     when the results were stored
 */
@MappedEntity("analysis_results")
public record AnalysisResultRecord(@Id @BinaryUuid UUID runId, String reportJson, byte[] sealedDetails,
                                   Instant createdAt) {
}
