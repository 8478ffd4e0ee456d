package dev.codevault.backend.crypto;

/**
 * Values of one feature that are sealed under the master key, for the rotation command: each feature re-seals its
 * own rows, so this package needs no knowledge of their tables.
 */
public interface ResealTarget {

    /** Returns what the values are, for the command's output, such as "vault data keys". */
    String description();

    /**
     * Re-seals every value that is not sealed under the current master key, one row per transaction.
     *
     * @return how many values were re-sealed
     */
    int resealAll();

    /** Returns how many values are still sealed under a key other than the current one. */
    int countNotUnderCurrentKey();
}
