package dev.codevault.common.project;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Projects of a team. Every call needs an access token of a team member; an id of a team the caller is not in
 * returns 404, like an id that does not exist. A JSON body with a field that its request type does not declare is
 * rejected with 400.
 */
public interface ProjectApi {

    /** Lists the team's projects, by name. */
    @Get("/teams/{teamId}/projects")
    List<ProjectView> listProjects(@NotNull @PathVariable UUID teamId);

    /**
     * Creates a project in the team; needs the admin role. Returns 201 with the project, or 409 when the team has a
     * project of the same name. Names that differ only in letter case or in spaces at either end count as the same.
     */
    @Post("/teams/{teamId}/projects")
    HttpResponse<ProjectView> createProject(@NotNull @PathVariable UUID teamId, @Valid @Body NameRequest request);

    /** Returns one project. */
    @Get("/projects/{projectId}")
    ProjectView getProject(@NotNull @PathVariable UUID projectId);

    /** Renames a project; needs the admin role. Fails with 409 when another project of the team has the name. */
    @Patch("/projects/{projectId}")
    ProjectView renameProject(@NotNull @PathVariable UUID projectId, @Valid @Body NameRequest request);

    /**
     * Deletes a project with its vaults, their repositories, results and keys; needs the admin role. Answers 204.
     */
    @Delete("/projects/{projectId}")
    HttpResponse<Void> deleteProject(@NotNull @PathVariable UUID projectId);
}
