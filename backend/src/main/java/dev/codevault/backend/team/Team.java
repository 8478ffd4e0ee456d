package dev.codevault.backend.team;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A group of people who share projects and vaults.
 *
 * @param id        random id
 * @param name      the team's display name
 * @param personal  whether this is the team created for one person at first sign-in
 * @param createdAt when the team was created
 */
@MappedEntity("teams")
public record Team(@Id @BinaryUuid UUID id, String name, boolean personal, Instant createdAt) {
}
