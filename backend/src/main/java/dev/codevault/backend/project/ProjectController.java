package dev.codevault.backend.project;

import dev.codevault.backend.security.CurrentUser;
import dev.codevault.backend.vault.VaultService;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectApi;
import dev.codevault.common.project.ProjectView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.utils.SecurityService;
import java.util.List;
import java.util.UUID;

/** Serves {@link ProjectApi}. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectController implements ProjectApi {

    private final ProjectService projects;
    private final VaultService vaults;
    private final SecurityService security;

    ProjectController(ProjectService projects, VaultService vaults, SecurityService security) {
        this.projects = projects;
        this.vaults = vaults;
        this.security = security;
    }

    @Override
    public List<ProjectView> listProjects(UUID teamId) {
        return projects.list(caller(), teamId).stream().map(ProjectController::view).toList();
    }

    @Override
    public HttpResponse<ProjectView> createProject(UUID teamId, NameRequest request) {
        return HttpResponse.created(view(projects.create(caller(), teamId, request.name())));
    }

    @Override
    public ProjectView getProject(UUID projectId) {
        return view(projects.get(caller(), projectId));
    }

    @Override
    public ProjectView renameProject(UUID projectId, NameRequest request) {
        return view(projects.rename(caller(), projectId, request.name()));
    }

    @Override
    public HttpResponse<Void> deleteProject(UUID projectId) {
        vaults.deleteProject(caller(), projectId);
        return HttpResponse.noContent();
    }

    private UUID caller() {
        return CurrentUser.idOf(security.getAuthentication().orElseThrow());
    }

    private static ProjectView view(Project project) {
        return new ProjectView(project.id(), project.teamId(), project.name(), project.createdAt(),
                project.updatedAt());
    }
}
