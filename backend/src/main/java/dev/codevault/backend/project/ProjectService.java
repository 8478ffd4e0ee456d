package dev.codevault.backend.project;

import dev.codevault.backend.error.ConflictException;
import dev.codevault.backend.error.NotFoundException;
import dev.codevault.backend.persistence.NameConflicts;
import dev.codevault.backend.persistence.NameKeys;
import dev.codevault.backend.persistence.StoredNames;
import dev.codevault.backend.persistence.UniqueConstraints;
import dev.codevault.backend.team.TeamAccess;
import dev.codevault.backend.team.TeamRole;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Creates, lists, renames and finds projects, each call behind the caller's membership of the project's team. */
@Singleton
public class ProjectService {

    private static final String KIND = "project";
    private static final String UNIQUE_NAME = "uq_projects_team_name";

    private final ProjectRepository projects;
    private final TeamAccess access;
    private final Clock clock;

    ProjectService(ProjectRepository projects, TeamAccess access, Clock clock) {
        this.projects = projects;
        this.access = access;
        this.clock = clock;
    }

    /** Lists a team's projects; the caller must be a member. */
    public List<Project> list(UUID userId, UUID teamId) {
        access.requireMember(userId, teamId, "team", teamId);
        return projects.findByTeamIdOrderByName(teamId);
    }

    /**
     * Creates a project; the caller must be an admin of the team.
     *
     * @throws ConflictException when the team has a project of the same name by the rule of {@link NameKeys}
     */
    public Project create(UUID userId, UUID teamId, String name) {
        access.requireRole(userId, teamId, TeamRole.ADMIN, "team", teamId);
        Project project = Project.create(teamId, StoredNames.of(name), clock.instant());
        requireFreeName(project, name);
        try {
            return projects.save(project);
        } catch (DataAccessException e) {
            throw nameConflictOr(e, project, name);
        }
    }

    /**
     * Returns a project the caller may read.
     *
     * @throws NotFoundException when it does not exist or belongs to a team the caller is not in
     */
    public Project get(UUID userId, UUID projectId) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException(KIND, projectId));
        access.requireMember(userId, project.teamId(), KIND, projectId);
        return project;
    }

    /** Returns a project in which the caller has at least the given role. */
    public Project getWithRole(UUID userId, UUID projectId, TeamRole role) {
        Project project = get(userId, projectId);
        access.requireRole(userId, project.teamId(), role, KIND, projectId);
        return project;
    }

    /**
     * Renames a project; the caller must be an admin of its team.
     *
     * @throws ConflictException when another project of the team has the same name by the rule of {@link NameKeys}
     */
    public Project rename(UUID userId, UUID projectId, String name) {
        Project renamed = getWithRole(userId, projectId, TeamRole.ADMIN).renamed(StoredNames.of(name),
                clock.instant());
        requireFreeName(renamed, name);
        try {
            return projects.update(renamed);
        } catch (DataAccessException e) {
            throw nameConflictOr(e, renamed, name);
        }
    }

    /** Rejects a project name that another project of the team has already; the request's name is as sent. */
    private void requireFreeName(Project project, String requested) {
        projects.findByTeamIdAndNameKey(project.teamId(), project.nameKey())
                .filter(other -> !other.id().equals(project.id()))
                .ifPresent(other -> {
                    throw nameConflict(requested, other.name());
                });
    }

    /**
     * Returns the conflict of a write that lost a race against another one with the same name, or the failure itself
     * when it broke another rule.
     */
    private RuntimeException nameConflictOr(DataAccessException failure, Project project, String requested) {
        if (!UniqueConstraints.violated(failure, UNIQUE_NAME)) {
            return failure;
        }
        String existing = projects.findByTeamIdAndNameKey(project.teamId(), project.nameKey()).map(Project::name)
                .orElse(project.name());
        return nameConflict(requested, existing);
    }

    private static ConflictException nameConflict(String requested, String existing) {
        return new ConflictException(NameConflicts.message("The team already has a project named", requested,
                existing));
    }

    /** Checks that the caller has at least the given role in the project's team. */
    public void requireRole(UUID userId, Project project, TeamRole role, String what, UUID id) {
        access.requireRole(userId, project.teamId(), role, what, id);
    }
}
