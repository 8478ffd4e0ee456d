package dev.codevault.desktop.newvault;

import dev.codevault.common.project.ProjectView;
import dev.codevault.common.team.TeamSummary;
import io.micronaut.core.annotation.Nullable;

/**
 * The destination of a new vault: an existing project, or a new project in a team.
 *
 * @param team    the team
 * @param project the project, or {@code null} for a new one
 */
public record ProjectTarget(TeamSummary team, @Nullable ProjectView project) {

    /** Returns whether the target is a project that does not exist yet. */
    public boolean isNew() {
        return project == null;
    }

    @Override
    public String toString() {
        return project == null ? "New project in " + team.name() : project.name() + " (" + team.name() + ")";
    }
}
