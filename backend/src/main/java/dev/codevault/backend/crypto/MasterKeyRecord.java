package dev.codevault.backend.crypto;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A master key that data in this database was sealed with, known by its id only.
 *
 * @param keyId     the public id of the key
 * @param createdAt when the database first saw the key
 */
@MappedEntity("master_keys")
record MasterKeyRecord(@Id String keyId, Instant createdAt) {
}
