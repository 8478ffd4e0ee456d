package dev.codevault.backend.analysis;

import dev.codevault.backend.analysis.cost.CostInputs;

/**
 * Settings of one analysis.
 *
 * @param threads              worker threads that read and measure files; the caller's thread walks the tree
 * @param maxFileBytes         files larger than this are hashed but not measured, and never held in memory whole
 * @param mostComplexFunctions how many of the most complex functions the detail lists
 * @param cost                 the inputs of the cost-to-replicate estimate
 */
public record AnalysisOptions(int threads, long maxFileBytes, int mostComplexFunctions, CostInputs cost) {

    /** The default size limit: 16 MiB, far above hand-written source files. */
    public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;

    /** The largest size limit accepted, so that a whole file always fits in one Java array. */
    public static final long MAX_MAX_FILE_BYTES = 1L << 30;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public AnalysisOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("Invalid thread count " + threads + ": use 1 or more");
        }
        if (maxFileBytes < 1 || maxFileBytes > MAX_MAX_FILE_BYTES) {
            throw new IllegalArgumentException("Invalid file size limit " + maxFileBytes + ": use 1 to "
                    + MAX_MAX_FILE_BYTES + " bytes");
        }
        if (mostComplexFunctions < 0) {
            throw new IllegalArgumentException("Invalid function count " + mostComplexFunctions + ": use 0 or more");
        }
    }

    /** Returns one thread per processor, a 16 MiB size limit, 20 functions and basic COCOMO in organic mode. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_FILE_BYTES, 20,
                CostInputs.basicCocomoOrganic());
    }

    /** Returns these options with other cost inputs. */
    public AnalysisOptions withCost(CostInputs newCost) {
        return new AnalysisOptions(threads, maxFileBytes, mostComplexFunctions, newCost);
    }

    /** Returns these options with another number of worker threads. */
    public AnalysisOptions withThreads(int newThreads) {
        return new AnalysisOptions(newThreads, maxFileBytes, mostComplexFunctions, cost);
    }

    /** Returns these options with another size limit. */
    public AnalysisOptions withMaxFileBytes(long newMaxFileBytes) {
        return new AnalysisOptions(threads, newMaxFileBytes, mostComplexFunctions, cost);
    }
}
