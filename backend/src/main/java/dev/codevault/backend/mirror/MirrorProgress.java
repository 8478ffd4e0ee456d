package dev.codevault.backend.mirror;

/** Receives how far a mirror run got, from 0 to 99 percent; called often, so implementations throttle. */
@FunctionalInterface
public interface MirrorProgress {

    /** A receiver that ignores progress. */
    MirrorProgress NONE = percent -> {
    };

    /** Reports the share of the run that is done. */
    void percent(int percent);
}
