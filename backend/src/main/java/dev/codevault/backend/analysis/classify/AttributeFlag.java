package dev.codevault.backend.analysis.classify;

/** State of a boolean gitattribute for one path. */
public enum AttributeFlag {
    /** Set, as in {@code linguist-vendored} or {@code linguist-vendored=true}. */
    SET,
    /** Unset, as in {@code -linguist-vendored} or {@code linguist-vendored=false}. */
    UNSET,
    /** Not given for the path, or reset with {@code !linguist-vendored}: the built-in rules decide. */
    UNSPECIFIED;

    /** Returns the rule's verdict unless this flag overrides it. */
    public boolean orElse(boolean ruleVerdict) {
        return switch (this) {
            case SET -> true;
            case UNSET -> false;
            case UNSPECIFIED -> ruleVerdict;
        };
    }
}
