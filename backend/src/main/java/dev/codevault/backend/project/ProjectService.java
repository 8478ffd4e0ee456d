package dev.codevault.backend.project;

import dev.codevault.backend.error.NotFoundException;
import dev.codevault.backend.team.TeamAccess;
import dev.codevault.backend.team.TeamRole;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Creates, lists, renames and finds projects, each call behind the caller's membership of the project's team. */
@Singleton
public class ProjectService {

    private static final String KIND = "project";

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

    /** Creates a project; the caller must be an admin of the team. */
    public Project create(UUID userId, UUID teamId, String name) {
        access.requireRole(userId, teamId, TeamRole.ADMIN, "team", teamId);
        Instant now = clock.instant();
        return projects.save(new Project(UUID.randomUUID(), teamId, name.strip(), now, now));
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

    /** Renames a project; the caller must be an admin of its team. */
    public Project rename(UUID userId, UUID projectId, String name) {
        Project renamed = getWithRole(userId, projectId, TeamRole.ADMIN).renamed(name.strip(), clock.instant());
        return projects.update(renamed);
    }

    /** Checks that the caller has at least the given role in the project's team. */
    public void requireRole(UUID userId, Project project, TeamRole role, String what, UUID id) {
        access.requireRole(userId, project.teamId(), role, what, id);
    }
}
