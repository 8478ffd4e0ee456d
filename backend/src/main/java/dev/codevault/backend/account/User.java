package dev.codevault.backend.account;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A person who can sign in. The email address, in lower case, is the only thing an account requires.
 *
 * @param id          random id
 * @param email       the normalised email address, unique
 * @param displayName the name the person chose to show, or {@code null}
 * @param createdAt   when the account was created
 */
@MappedEntity("users")
public record User(@Id @BinaryUuid UUID id, String email, @Nullable String displayName, Instant createdAt) {
}
