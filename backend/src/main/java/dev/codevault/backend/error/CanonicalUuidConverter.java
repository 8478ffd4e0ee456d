package dev.codevault.backend.error;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Converts text to a UUID only in the canonical 36-character form, for path, query and header values and every
 * other conversion through Micronaut's conversion service. The JDK's {@link UUID#fromString} accepts shorter
 * groups and pads them with zeros, so a mistyped id would name another vault in the 404 response.
 *
 * <p>NOTE: JSON bodies are read by Micronaut Serde; only path parameters are tested against this converter.
 */
@Singleton
class CanonicalUuidConverter implements TypeConverter<CharSequence, UUID> {

    private static final Pattern CANONICAL = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    @Override
    public Optional<UUID> convert(CharSequence text, Class<UUID> targetType, ConversionContext context) {
        if (!CANONICAL.matcher(text).matches()) {
            context.reject(text, new IllegalArgumentException("not a UUID in canonical form"));
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text.toString()));
    }
}
