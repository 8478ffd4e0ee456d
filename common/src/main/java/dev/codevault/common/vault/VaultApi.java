package dev.codevault.common.vault;

import dev.codevault.common.report.AnalysisDetails;
import dev.codevault.common.report.AnalysisReport;
import dev.codevault.common.report.VersionComparison;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.UUID;

/**
 * Vaults of a project and their analysed versions. Every call needs an access token of a member of the team that
 * owns the project; an id of another team returns 404, like an id that does not exist. A JSON body with a field
 * that its request type does not declare is rejected with 400.
 *
 * <p>Two calls stream and are not part of this interface: {@value #ARCHIVE_UPLOAD_PATH} takes an archive as the
 * raw request body ({@code application/octet-stream}) with its file name in the {@code name} query parameter and
 * answers 202 with the vault, and {@value #STATE_EVENTS_PATH} sends the vault's {@link VaultState} as server-sent
 * events whenever it changes.
 */
public interface VaultApi {

    /** Path of the archive upload of a vault. */
    String ARCHIVE_UPLOAD_PATH = "/vaults/{vaultId}/archives";

    /** Path of the server-sent event stream of a vault's state. */
    String STATE_EVENTS_PATH = "/vaults/{vaultId}/state/events";

    /** Lists the project's vaults, by name. */
    @Get("/projects/{projectId}/vaults")
    List<VaultView> listVaults(@NotNull @PathVariable UUID projectId);

    /**
     * Creates a vault in the project; any member of the team may. Responds 201 with the vault. A git vault is checked
     * first: its URL must be https to a public host, and the remote must list its branches with the given
     * credentials, or the call fails with 400 and a problem that names the cause. The first mirror run is queued
     * at once. A name that another vault of the project has fails with 409; names that differ only in letter case
     * or in spaces at either end count as the same.
     */
    @Post("/projects/{projectId}/vaults")
    HttpResponse<VaultView> createVault(@NotNull @PathVariable UUID projectId,
                                        @Valid @Body CreateVaultRequest request);

    /** Returns one vault with its state, for polling. */
    @Get("/vaults/{vaultId}")
    VaultView getVault(@NotNull @PathVariable UUID vaultId);

    /**
     * Renames a vault, or changes a git vault's remote URL, branch or credentials; needs the admin role. A new URL,
     * branch or credential is checked as in {@link #createVault}, and a failed check returns 400 and changes
     * nothing. A remote change resumes a paused schedule and queues a read of the remote. A new URL is mirrored
     * from scratch into a new repository. A new URL fails with 409 while a version of the old remote waits for its
     * analysis, and so does a name that another vault of the project has.
     */
    @Patch("/vaults/{vaultId}")
    VaultView updateVault(@NotNull @PathVariable UUID vaultId, @Valid @Body UpdateVaultRequest request);

    /** Deletes a vault with its repository, results and keys; needs the admin role. Answers 204. */
    @Delete("/vaults/{vaultId}")
    HttpResponse<Void> deleteVault(@NotNull @PathVariable UUID vaultId);

    /**
     * Queues a read of a git vault's remote now ("Update code") and resumes a paused schedule; members may call
     * it. Responds 202 with the vault. A read that finds no new commit records that and queues no analysis. Fails
     * with 400 for an archive vault.
     */
    @Post("/vaults/{vaultId}/update")
    HttpResponse<VaultView> updateCode(@NotNull @PathVariable UUID vaultId);

    /** Sets how often a git vault reads its remote again; needs the admin role. */
    @Put("/vaults/{vaultId}/schedule")
    VaultView setSchedule(@NotNull @PathVariable UUID vaultId, @Valid @Body ScheduleRequest request);

    /**
     * Replaces the credentials of a git vault's remote; needs the admin role. The remote must list its branches
     * with them, or the call fails with 400 and keeps the old ones. A paused schedule resumes and a read is queued.
     */
    @Put("/vaults/{vaultId}/credentials")
    VaultView replaceCredentials(@NotNull @PathVariable UUID vaultId, @Valid @Body GitCredentials credentials);

    /** Removes the stored credentials of a git vault, for a repository that became public; needs the admin role. */
    @Delete("/vaults/{vaultId}/credentials")
    VaultView removeCredentials(@NotNull @PathVariable UUID vaultId);

    /** Lists the vault's versions, newest first. */
    @Get("/vaults/{vaultId}/versions")
    List<VersionView> listVersions(@NotNull @PathVariable UUID vaultId);

    /** Returns the aggregates of one analysed version; answers 409 while the version is not analysed yet. */
    @Get("/vaults/{vaultId}/versions/{number}")
    AnalysisReport getReport(@NotNull @PathVariable UUID vaultId, @Positive @PathVariable int number);

    /** Returns the per-file numbers and function names of one analysed version. */
    @Get("/vaults/{vaultId}/versions/{number}/details")
    AnalysisDetails getDetails(@NotNull @PathVariable UUID vaultId, @Positive @PathVariable int number);

    /** Compares two analysed versions: each figure is the value in {@code to} minus the value in {@code from}. */
    @Get("/vaults/{vaultId}/comparison{?from,to}")
    VersionComparison compareVersions(@NotNull @PathVariable UUID vaultId, @Positive @QueryValue int from,
                                      @Positive @QueryValue int to);
}
