package dev.codevault.backend.analysis.classify;

/**
 * Decides each file's {@link FileCategory} from the built-in rules and the Linguist gitattributes. The first rule
 * that holds wins: binary, oversized, vendored, generated, minified, no known language, documentation, then source.
 * An attribute that is set or unset replaces the built-in rule of its category; {@code -linguist-generated} also
 * keeps a file from being called minified, as Linguist treats minified files as generated.
 */
public final class Classifier {

    private Classifier() {
    }

    /** Returns the category of a file with the given signals and attributes. */
    public static FileCategory categorize(FileSignals signals, LinguistAttributes attributes) {
        if (signals.binary()) {
            return FileCategory.BINARY;
        }
        if (signals.oversized()) {
            return FileCategory.OVERSIZED;
        }
        if (attributes.vendored().orElse(signals.vendoredPath())) {
            return FileCategory.VENDORED;
        }
        if (attributes.generated().orElse(signals.generated())) {
            return FileCategory.GENERATED;
        }
        if (attributes.generated() != AttributeFlag.UNSET && signals.minified()) {
            return FileCategory.MINIFIED;
        }
        if (!signals.hasLanguage()) {
            return FileCategory.UNRECOGNISED;
        }
        if (attributes.documentation().orElse(signals.documentation())) {
            return FileCategory.DOCUMENTATION;
        }
        return FileCategory.SOURCE;
    }
}
