package dev.codevault.common.vault;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * A vault: one code source, its private repository and its analysed versions.
 *
 * @param id            the vault's id
 * @param projectId     the project that holds it
 * @param name          its display name
 * @param source        where its code comes from
 * @param state         its place in the pipeline
 * @param latestVersion the number of the newest analysed version, or {@code null} before the first
 * @param createdAt     when it was created
 * @param git           for {@link CodeSourceKind#GIT}: the remote, its schedule and credential state; else
 *                      {@code null}
 */
@Serdeable
public record VaultView(@NotNull UUID id, @NotNull UUID projectId, @NotBlank String name,
                        @NotNull CodeSourceKind source, @Valid @NotNull VaultState state,
                        @Nullable Integer latestVersion, @NotNull Instant createdAt,
                        @Nullable @Valid GitSourceView git) {

    /** Creates the view with every field. */
    @Creator
    public VaultView {
    }

    /** Creates the view of a vault without a git remote. */
    public VaultView(UUID id, UUID projectId, String name, CodeSourceKind source, VaultState state,
                     @Nullable Integer latestVersion, Instant createdAt) {
        this(id, projectId, name, source, state, latestVersion, createdAt, null);
    }
}
