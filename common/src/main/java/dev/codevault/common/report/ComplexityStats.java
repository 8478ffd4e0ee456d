package dev.codevault.common.report;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Functions of counted programming files by cyclomatic complexity.
 *
 * @param functions      every function found
 * @param estimatedFiles files whose language has no function rules, so their complexity is a per-file estimate
 * @param bands          functions per band, lowest band first
 */
@Serdeable
public record ComplexityStats(long functions, long estimatedFiles, List<Band> bands) {

    /**
     * One band of complexity.
     *
     * @param label     the band as shown, for example {@code 6-10}
     * @param min       the lowest complexity in the band
     * @param max       the highest complexity in the band; {@link Integer#MAX_VALUE} for the open top band
     * @param functions functions in the band
     */
    @Serdeable
    public record Band(String label, int min, int max, long functions) {
    }
}
