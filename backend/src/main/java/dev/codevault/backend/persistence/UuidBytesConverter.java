package dev.codevault.backend.persistence;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.util.UUID;

/** Stores a UUID as the 16 bytes of a {@code BINARY(16)} column, the same on MySQL, MariaDB and H2. */
@Singleton
public class UuidBytesConverter implements AttributeConverter<UUID, byte[]> {

    @Override
    public byte[] convertToPersistedValue(UUID id, ConversionContext context) {
        return id == null ? null : toBytes(id);
    }

    @Override
    public UUID convertToEntityValue(byte[] bytes, ConversionContext context) {
        return bytes == null ? null : fromBytes(bytes);
    }

    /** Returns the 16 bytes of a UUID, most significant first. */
    public static byte[] toBytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    /**
     * Reads a UUID from its 16 bytes.
     *
     * @throws IllegalArgumentException when the value is not 16 bytes long
     */
    public static UUID fromBytes(byte[] bytes) {
        if (bytes.length != 16) {
            throw new IllegalArgumentException("a UUID column holds 16 bytes, not " + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
