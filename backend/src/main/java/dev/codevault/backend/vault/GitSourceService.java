package dev.codevault.backend.vault;

import dev.codevault.backend.crypto.DataKeys;
import dev.codevault.backend.error.ConflictException;
import dev.codevault.backend.error.InvalidRequestException;
import dev.codevault.backend.mirror.GitRemote;
import dev.codevault.backend.mirror.MirrorFailure;
import dev.codevault.backend.mirror.RemoteRefs;
import dev.codevault.backend.persistence.StoredNames;
import dev.codevault.backend.project.ProjectService;
import dev.codevault.backend.sources.GitCredential;
import dev.codevault.backend.sources.GitSettings;
import dev.codevault.backend.sources.ReadContext;
import dev.codevault.backend.sources.RemoteUrl;
import dev.codevault.backend.sources.RemoteUrlException;
import dev.codevault.backend.sources.RemoteUrlPolicy;
import dev.codevault.backend.sources.SourceCredentials;
import dev.codevault.backend.storage.VaultStorage;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.GitCredentials;
import dev.codevault.common.vault.ReplicationSchedule;
import dev.codevault.common.vault.UpdateVaultRequest;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates git vaults and serves their remote's calls: Update code, the schedule, the credentials and a change of
 * URL or branch. The URL and the credentials are checked against the remote before anything is stored, so a wrong
 * token is rejected at once.
 */
@Singleton
public class GitSourceService {

    private static final Logger LOG = LoggerFactory.getLogger(GitSourceService.class);

    private final VaultService vaults;
    private final VaultNames names;
    private final CodeSourceRepository codeSources;
    private final ProjectService projects;
    private final GitSourcePipeline pipeline;
    private final RemoteUrlPolicy urlPolicy;
    private final GitRemote remote;
    private final SourceCredentials credentials;
    private final DataKeys dataKeys;
    private final GitSettings settings;
    private final Clock clock;

    GitSourceService(VaultService vaults, VaultNames names, CodeSourceRepository codeSources,
                     ProjectService projects, GitSourcePipeline pipeline, RemoteUrlPolicy urlPolicy, GitRemote remote,
                     SourceCredentials credentials, DataKeys dataKeys, GitSettings settings, Clock clock) {
        this.vaults = vaults;
        this.names = names;
        this.codeSources = codeSources;
        this.projects = projects;
        this.pipeline = pipeline;
        this.urlPolicy = urlPolicy;
        this.remote = remote;
        this.credentials = credentials;
        this.dataKeys = dataKeys;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Creates a git vault after checking its URL and listing the remote's branches with its credentials, and queues
     * its first mirror run; the caller must be a member of the project's team.
     *
     * @throws InvalidRequestException when the request has no URL
     * @throws RemoteAccessException   when the remote cannot be read or lacks the branch
     * @throws ConflictException       when the project has a vault of the same name
     */
    public VaultView create(UUID userId, UUID projectId, CreateVaultRequest request) {
        projects.get(userId, projectId);
        String name = StoredNames.of(request.name());
        names.requireFree(projectId, request.name(), null);
        if (request.remoteUrl() == null || request.remoteUrl().isBlank()) {
            throw new InvalidRequestException("A git vault needs the repository's https URL in remoteUrl, for "
                    + "example https://github.com/example/app.git.");
        }
        RemoteUrl url = urlPolicy.check(request.remoteUrl());
        GitCredential credential = toCredential(request.credentials());
        checkAccess(url, credential, request.branch());

        Instant now = clock.instant();
        UUID vaultId = UUID.randomUUID();
        UUID sourceId = UUID.randomUUID();
        ReplicationSchedule schedule = request.schedule() == null ? ReplicationSchedule.MANUAL : request.schedule();
        Vault vault = Vault.create(vaultId, projectId, name, VaultStatus.QUEUED, VaultStorage.newRandomName(),
                dataKeys.createSealed(vaultId), now);
        byte[] sealed = credential == null ? null : credentials.seal(sourceId, credential);
        CodeSource source = new CodeSource(sourceId, vaultId, CodeSourceKind.GIT, url.toString(), request.branch(),
                sealed, sealed == null ? null : now, sealed == null ? null : now, schedule, now, now, null, null,
                null, null, 0);
        try {
            pipeline.create(vault, source);
        } catch (DataAccessException e) {
            throw names.conflictOr(e, projectId, request.name());
        }
        LOG.info("Vault {} created in project {} for a git remote on {}", vaultId, projectId, url.host());
        return vaults.getView(userId, vaultId);
    }

    /** Queues a read of the remote now and resumes a paused schedule; members may call it. */
    public VaultView updateCode(UUID userId, UUID vaultId) {
        vaults.get(userId, vaultId);
        pipeline.queueUpdate(gitSourceOf(vaultId));
        return vaults.getView(userId, vaultId);
    }

    /** Changes how often the remote is read; the caller must be an admin. */
    public VaultView setSchedule(UUID userId, UUID vaultId, ReplicationSchedule schedule) {
        vaults.getWithRole(userId, vaultId, TeamRole.ADMIN);
        pipeline.changeSchedule(gitSourceOf(vaultId), schedule);
        return vaults.getView(userId, vaultId);
    }

    /**
     * Replaces the credentials after they opened the remote; the caller must be an admin.
     *
     * @throws RemoteAccessException when the remote cannot be read with them; the old ones stay
     */
    public VaultView replaceCredentials(UUID userId, UUID vaultId, GitCredentials replacement) {
        vaults.getWithRole(userId, vaultId, TeamRole.ADMIN);
        CodeSource source = gitSourceOf(vaultId);
        GitCredential credential = toCredential(replacement);
        RemoteUrl url = urlPolicy.check(source.remoteUrl());
        checkAccess(url, credential, source.branch());
        pipeline.replaceCredential(source, credentials.seal(source.id(), credential));
        LOG.info("Vault {}: credentials replaced", vaultId);
        return vaults.getView(userId, vaultId);
    }

    /**
     * Changes a git vault's remote URL, branch or credentials, and its name when the request gives one; the caller
     * must be an admin. The remote must list the branch with the new settings before anything is stored. Then the
     * schedule resumes and a mirror run is queued; after a new URL that run clones the new remote into a new
     * repository. The stored credential opens the new URL only when it has the old URL's scheme, host and port, so
     * a changed URL cannot send it to a host it was not entered for.
     *
     * @throws RemoteUrlException    when the new URL breaks the URL policy
     * @throws RemoteAccessException when the remote cannot be read with the new settings; nothing changes
     * @throws ConflictException     when the URL changes while a version of the old remote waits for its analysis,
     *                               or another vault of the project has the new name
     */
    public VaultView changeRemote(UUID userId, UUID vaultId, UpdateVaultRequest request) {
        Vault vault = vaults.getWithRole(userId, vaultId, TeamRole.ADMIN);
        CodeSource source = gitSourceOf(vaultId);
        String name = request.name() == null ? null : StoredNames.of(request.name());
        if (name != null) {
            names.requireFree(vault.projectId(), request.name(), vaultId);
        }
        String branch = branchAfter(source, request);
        RemoteUrl oldUrl = urlPolicy.parse(source.remoteUrl());
        RemoteUrl url = urlPolicy.check(request.remoteUrl() == null ? source.remoteUrl() : request.remoteUrl());

        RemoteChange.CredentialChange credentialChange = credentialChange(source, oldUrl, url, request);
        GitCredential credential = switch (credentialChange) {
            case REPLACE -> toCredential(request.credentials());
            case KEEP -> source.sealedCredential() == null ? null
                    : credentials.open(source.id(), source.sealedCredential());
            case REMOVE -> null;
        };
        checkAccess(url, credential, branch, credentialChange == RemoteChange.CredentialChange.REMOVE ? oldUrl : null);

        byte[] sealed = credentialChange == RemoteChange.CredentialChange.REPLACE
                ? credentials.seal(source.id(), credential) : null;
        boolean newRepository;
        try {
            newRepository = pipeline.changeRemote(source, new RemoteChange(url.toString(), branch, credentialChange,
                    sealed, name));
        } catch (DataAccessException e) {
            throw name == null ? e : names.conflictOr(e, vault.projectId(), request.name());
        }
        LOG.info("Vault {}: remote set to a repository on {} ({}, credentials {})", vaultId, url.host(),
                newRepository ? "new URL, mirrored into a new repository" : "same URL", credentialChange);
        return vaults.getView(userId, vaultId);
    }

    /** Removes the stored credentials; the caller must be an admin. */
    public VaultView removeCredentials(UUID userId, UUID vaultId) {
        vaults.getWithRole(userId, vaultId, TeamRole.ADMIN);
        pipeline.removeCredential(gitSourceOf(vaultId));
        LOG.info("Vault {}: credentials removed", vaultId);
        return vaults.getView(userId, vaultId);
    }

    private CodeSource gitSourceOf(UUID vaultId) {
        CodeSource source = codeSources.findByVaultId(vaultId)
                .orElseThrow(() -> new IllegalStateException("vault " + vaultId + " has no code source"));
        if (source.kind() != CodeSourceKind.GIT) {
            throw new InvalidRequestException("Vault " + vaultId + " takes uploaded archives and has no git remote. "
                    + "Upload a new archive to add a version.");
        }
        return source;
    }

    private void checkAccess(RemoteUrl url, @Nullable GitCredential credential, @Nullable String branch) {
        checkAccess(url, credential, branch, null);
    }

    /**
     * Lists the remote's branches and checks that the branch is among them.
     *
     * @param withheldFrom the URL whose stored credential was not sent to this one, or {@code null}. A failure
     *                     message then mentions the withheld credential, because the remote may need it.
     */
    private void checkAccess(RemoteUrl url, @Nullable GitCredential credential, @Nullable String branch,
                             @Nullable RemoteUrl withheldFrom) {
        RemoteRefs refs;
        try {
            refs = remote.listRefs(url, credential, settings.checkTimeout(), ReadContext.ACCESS_CHECK);
        } catch (MirrorFailure e) {
            LOG.info("The access check of a git remote on {} failed: {}", url.host(), e.reason());
            throw new RemoteAccessException(withheldFrom == null ? e : withheldNote(e, withheldFrom));
        }
        if (refs.branchToFollow(branch).isEmpty()) {
            throw new RemoteAccessException(GitRemote.branchNotFound(url, branch));
        }
    }

    /** Adds to a failure of a new URL that the stored credential stayed with the old URL's host. */
    private static MirrorFailure withheldNote(MirrorFailure failure, RemoteUrl oldUrl) {
        if (failure.reason() != MirrorFailure.Reason.AUTHENTICATION
                && failure.reason() != MirrorFailure.Reason.NOT_FOUND) {
            return failure;
        }
        return new MirrorFailure(failure.reason(), failure.getMessage() + " The stored credentials were not sent, "
                + "because they were entered for " + originOf(oldUrl) + " and the new URL is on another host. Send "
                + "the credentials for the new host with the new remoteUrl.", failure);
    }

    /**
     * Decides what a remote change does with the stored credential: new credentials replace it, and a URL on
     * another scheme, host or port drops it unless the request brings new ones.
     */
    private static RemoteChange.CredentialChange credentialChange(CodeSource source, RemoteUrl oldUrl, RemoteUrl url,
                                                                  UpdateVaultRequest request) {
        if (request.credentials() != null) {
            return RemoteChange.CredentialChange.REPLACE;
        }
        if (source.sealedCredential() == null || originOf(oldUrl).equals(originOf(url))) {
            return RemoteChange.CredentialChange.KEEP;
        }
        return RemoteChange.CredentialChange.REMOVE;
    }

    /** Returns the scheme, host and port of a URL, such as {@code https://github.com:443}. */
    private static String originOf(RemoteUrl url) {
        int port = url.uri().getPort();
        if (port < 0) {
            port = url.uri().getScheme().equals("http") ? 80 : 443;
        }
        return url.uri().getScheme() + "://" + url.host() + ":" + port;
    }

    /** Returns the branch a remote change leaves the vault with, or {@code null} for the remote's default. */
    @Nullable
    private static String branchAfter(CodeSource source, UpdateVaultRequest request) {
        boolean followDefault = Boolean.TRUE.equals(request.followDefaultBranch());
        if (followDefault && request.branch() != null) {
            throw new InvalidRequestException("The request sets branch to " + request.branch() + " and "
                    + "followDefaultBranch to true. Send one of the two.");
        }
        if (followDefault) {
            return null;
        }
        return request.branch() == null ? source.branch() : request.branch();
    }

    private static GitCredential toCredential(@Nullable GitCredentials given) {
        return given == null ? null : new GitCredential(given.username(), given.secret());
    }
}
