package dev.codevault.backend.project;

import dev.codevault.backend.persistence.BinaryUuid;
import dev.codevault.backend.persistence.NameKeys;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A named group of vaults in a team.
 *
 * @param id        random id
 * @param teamId    the owning team
 * @param name      the display name
 * @param nameKey   the {@link NameKeys} key of the name, unique in the team
 * @param createdAt when it was created
 * @param updatedAt when it was last renamed or created
 */
@MappedEntity("projects")
public record Project(@Id @BinaryUuid UUID id, @BinaryUuid UUID teamId, String name, byte[] nameKey,
                      Instant createdAt, Instant updatedAt) {

    /** Returns a new project with a random id. */
    public static Project create(UUID teamId, String name, Instant now) {
        return new Project(UUID.randomUUID(), teamId, name, NameKeys.of(name), now, now);
    }

    /** Returns this project with another name. */
    public Project renamed(String newName, Instant at) {
        return new Project(id, teamId, newName, NameKeys.of(newName), createdAt, at);
    }
}
