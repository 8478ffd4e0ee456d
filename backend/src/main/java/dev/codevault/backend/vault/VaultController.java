package dev.codevault.backend.vault;

import dev.codevault.backend.error.InvalidRequestException;
import dev.codevault.backend.results.VersionService;
import dev.codevault.backend.security.CurrentUser;
import dev.codevault.common.report.AnalysisDetails;
import dev.codevault.common.report.AnalysisReport;
import dev.codevault.common.report.VersionComparison;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.GitCredentials;
import dev.codevault.common.vault.ScheduleRequest;
import dev.codevault.common.vault.UpdateVaultRequest;
import dev.codevault.common.vault.VaultApi;
import dev.codevault.common.vault.VaultView;
import dev.codevault.common.vault.VersionView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.utils.SecurityService;
import java.util.List;
import java.util.UUID;

/** Serves {@link VaultApi}. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class VaultController implements VaultApi {

    private final VaultService vaults;
    private final GitSourceService gitSources;
    private final VersionService versions;
    private final SecurityService security;

    VaultController(VaultService vaults, GitSourceService gitSources, VersionService versions,
                    SecurityService security) {
        this.vaults = vaults;
        this.gitSources = gitSources;
        this.versions = versions;
        this.security = security;
    }

    @Override
    public List<VaultView> listVaults(UUID projectId) {
        return vaults.list(caller(), projectId);
    }

    @Override
    public HttpResponse<VaultView> createVault(UUID projectId, CreateVaultRequest request) {
        if (request.source() == CodeSourceKind.GIT) {
            return HttpResponse.created(gitSources.create(caller(), projectId, request));
        }
        if (request.remoteUrl() != null || request.branch() != null || request.credentials() != null
                || request.schedule() != null) {
            throw new InvalidRequestException("The fields remoteUrl, branch, credentials and schedule are for git "
                    + "vaults only. Leave them out for an ARCHIVE vault, or create a GIT vault.");
        }
        return HttpResponse.created(vaults.create(caller(), projectId, request.name(), request.source()));
    }

    @Override
    public VaultView getVault(UUID vaultId) {
        return vaults.getView(caller(), vaultId);
    }

    @Override
    public VaultView updateVault(UUID vaultId, UpdateVaultRequest request) {
        if (request.changesNothing()) {
            throw new InvalidRequestException("The request changes nothing. Send at least one of the fields name, "
                    + "remoteUrl, branch and credentials, or followDefaultBranch set to true.");
        }
        if (request.changesRemote()) {
            return gitSources.changeRemote(caller(), vaultId, request);
        }
        return vaults.rename(caller(), vaultId, request.name());
    }

    @Override
    public HttpResponse<Void> deleteVault(UUID vaultId) {
        vaults.delete(caller(), vaultId);
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<VaultView> updateCode(UUID vaultId) {
        return HttpResponse.accepted().body(gitSources.updateCode(caller(), vaultId));
    }

    @Override
    public VaultView setSchedule(UUID vaultId, ScheduleRequest request) {
        return gitSources.setSchedule(caller(), vaultId, request.schedule());
    }

    @Override
    public VaultView replaceCredentials(UUID vaultId, GitCredentials credentials) {
        return gitSources.replaceCredentials(caller(), vaultId, credentials);
    }

    @Override
    public VaultView removeCredentials(UUID vaultId) {
        return gitSources.removeCredentials(caller(), vaultId);
    }

    @Override
    public List<VersionView> listVersions(UUID vaultId) {
        return versions.list(caller(), vaultId);
    }

    @Override
    public AnalysisReport getReport(UUID vaultId, int number) {
        return versions.report(caller(), vaultId, number);
    }

    @Override
    public AnalysisDetails getDetails(UUID vaultId, int number) {
        return versions.details(caller(), vaultId, number);
    }

    @Override
    public VersionComparison compareVersions(UUID vaultId, int from, int to) {
        return versions.compare(caller(), vaultId, from, to);
    }

    private UUID caller() {
        return CurrentUser.idOf(security.getAuthentication().orElseThrow());
    }
}
