package dev.codevault.backend.error;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.InvalidFormatException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.UUID;

/** Reads UUIDs in JSON bodies only in the canonical form, as {@link CanonicalUuidConverter} does for parameters. */
@Singleton
class CanonicalUuidDeserializer implements Deserializer<UUID> {

    @Override
    public UUID deserialize(Decoder decoder, DecoderContext context, Argument<? super UUID> type) throws IOException {
        String text = decoder.decodeString();
        return CanonicalUuids.parse(text).orElseThrow(
                () -> new InvalidFormatException("not a UUID in canonical form", null, text));
    }
}
