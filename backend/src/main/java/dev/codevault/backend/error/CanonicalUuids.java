package dev.codevault.backend.error;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Parses UUIDs only in their canonical 36-character form. The JDK's {@link UUID#fromString} accepts shorter groups
 * and pads them with zeros, so a mistyped id would name another vault in the 404 response.
 */
final class CanonicalUuids {

    private static final Pattern CANONICAL = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private CanonicalUuids() {
    }

    /** Returns the UUID, or empty when the text is not a UUID in canonical form. */
    static Optional<UUID> parse(CharSequence text) {
        if (!CANONICAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text.toString()));
    }
}
