package dev.codevault.backend.analysis;

import dev.codevault.backend.analysis.lang.FunctionComplexity;
import dev.codevault.backend.analysis.result.ComplexityBand;
import dev.codevault.backend.analysis.result.ComplexitySummary;
import dev.codevault.backend.analysis.result.FunctionResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Counts functions per complexity band and keeps the most complex ones. */
final class ComplexityTally {

    /** The lowest complexity of each band; the last band is open at the top. */
    private static final int[] BAND_MINIMUMS = {1, 6, 11, 21, 51};

    /** Least complex first, so the head is the one to drop; ties go to the later path and line. */
    private static final Comparator<FunctionResult> LEAST_COMPLEX_FIRST =
            Comparator.comparingInt(FunctionResult::complexity)
                    .thenComparing(FunctionResult::path, Comparator.reverseOrder())
                    .thenComparing(FunctionResult::startLine, Comparator.reverseOrder());

    private final long[] bandCounts = new long[BAND_MINIMUMS.length];
    private final int keep;
    private final PriorityQueue<FunctionResult> mostComplex = new PriorityQueue<>(LEAST_COMPLEX_FIRST);
    private long functions;
    private long estimatedFiles;

    ComplexityTally(int keep) {
        this.keep = keep;
    }

    void addFile(String path, String language, boolean estimated, List<FunctionComplexity> fileFunctions) {
        if (estimated) {
            estimatedFiles++;
        }
        for (FunctionComplexity function : fileFunctions) {
            functions++;
            bandCounts[bandOf(function.complexity())]++;
            offer(new FunctionResult(path, language, function.name(), function.startLine(), function.endLine(),
                    function.complexity()));
        }
    }

    ComplexitySummary summary() {
        List<ComplexityBand> bands = new ArrayList<>();
        for (int band = 0; band < BAND_MINIMUMS.length; band++) {
            boolean top = band == BAND_MINIMUMS.length - 1;
            int min = BAND_MINIMUMS[band];
            int max = top ? Integer.MAX_VALUE : BAND_MINIMUMS[band + 1] - 1;
            String label = top ? "over " + (min - 1) : min + "-" + max;
            bands.add(new ComplexityBand(label, min, max, bandCounts[band]));
        }
        return new ComplexitySummary(functions, estimatedFiles, bands);
    }

    List<FunctionResult> mostComplexFunctions() {
        List<FunctionResult> sorted = new ArrayList<>(mostComplex);
        sorted.sort(LEAST_COMPLEX_FIRST.reversed());
        return sorted;
    }

    private void offer(FunctionResult function) {
        if (keep == 0) {
            return;
        }
        if (mostComplex.size() < keep) {
            mostComplex.add(function);
        } else if (LEAST_COMPLEX_FIRST.compare(function, mostComplex.peek()) > 0) {
            mostComplex.poll();
            mostComplex.add(function);
        }
    }

    private static int bandOf(int complexity) {
        for (int band = BAND_MINIMUMS.length - 1; band > 0; band--) {
            if (complexity >= BAND_MINIMUMS[band]) {
                return band;
            }
        }
        return 0;
    }
}
