package dev.codevault.backend.error;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * Converts text to a UUID only in the canonical form, for path, query and header values and every other
 * conversion through Micronaut's conversion service.
 */
@Singleton
class CanonicalUuidConverter implements TypeConverter<CharSequence, UUID> {

    @Override
    public Optional<UUID> convert(CharSequence text, Class<UUID> targetType, ConversionContext context) {
        Optional<UUID> uuid = CanonicalUuids.parse(text);
        if (uuid.isEmpty()) {
            context.reject(text, new IllegalArgumentException("not a UUID in canonical form"));
        }
        return uuid;
    }
}
