package dev.codevault.backend.analysis.result;

/**
 * Functions whose complexity falls in one band.
 *
 * @param label     the band as shown, for example {@code 6-10} or {@code over 50}
 * @param min       the lowest complexity in the band
 * @param max       the highest complexity in the band, or {@link Integer#MAX_VALUE} for the open top band
 * @param functions functions in the band
 */
public record ComplexityBand(String label, int min, int max, long functions) {
}
