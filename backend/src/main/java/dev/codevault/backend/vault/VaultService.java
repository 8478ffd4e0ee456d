package dev.codevault.backend.vault;

import dev.codevault.backend.crypto.DataKeys;
import dev.codevault.backend.error.ConflictException;
import dev.codevault.backend.error.InvalidRequestException;
import dev.codevault.backend.error.NotFoundException;
import dev.codevault.backend.persistence.NameKeys;
import dev.codevault.backend.persistence.StoredNames;
import dev.codevault.backend.project.Project;
import dev.codevault.backend.project.ProjectService;
import dev.codevault.backend.results.AnalysisRun;
import dev.codevault.backend.results.AnalysisRunRepository;
import dev.codevault.backend.storage.VaultStorage;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.jobs.JobQueue;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.GitSourceView;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.common.vault.VersionStatus;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, lists, renames and deletes vaults, each call behind the caller's membership of the team that owns the
 * vault's project. Members read vaults and add code; admins rename and delete.
 */
@Singleton
public class VaultService {

    private static final Logger LOG = LoggerFactory.getLogger(VaultService.class);
    private static final String KIND = "vault";

    private final VaultRepository vaults;
    private final VaultNames names;
    private final CodeSourceRepository codeSources;
    private final ArchiveUploadRepository uploads;
    private final AnalysisRunRepository runs;
    private final ProjectService projects;
    private final DataKeys dataKeys;
    private final VaultStorage storage;
    private final VaultPipeline pipeline;
    private final JobQueue queue;
    private final Clock clock;

    VaultService(VaultRepository vaults, VaultNames names, CodeSourceRepository codeSources,
                 ArchiveUploadRepository uploads, AnalysisRunRepository runs, ProjectService projects,
                 DataKeys dataKeys, VaultStorage storage, VaultPipeline pipeline, JobQueue queue, Clock clock) {
        this.vaults = vaults;
        this.names = names;
        this.codeSources = codeSources;
        this.uploads = uploads;
        this.runs = runs;
        this.projects = projects;
        this.dataKeys = dataKeys;
        this.storage = storage;
        this.pipeline = pipeline;
        this.queue = queue;
        this.clock = clock;
    }

    /** Lists a project's vaults; the caller must be a member of its team. */
    public List<VaultView> list(UUID userId, UUID projectId) {
        projects.get(userId, projectId);
        return vaults.findByProjectIdOrderByName(projectId).stream().map(this::view).toList();
    }

    /**
     * Creates a vault whose code comes from uploaded archives; the caller must be a member of the team.
     *
     * @throws ConflictException when the project has a vault of the same name by the rule of {@link NameKeys}
     */
    @Transactional
    public VaultView create(UUID userId, UUID projectId, String name, CodeSourceKind source) {
        projects.get(userId, projectId);
        if (source != CodeSourceKind.ARCHIVE) {
            throw new InvalidRequestException("Create git vaults through GitSourceService; this method takes archive "
                    + "vaults only.");
        }
        String stripped = StoredNames.of(name);
        names.requireFree(projectId, name, null);

        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Vault vault;
        try {
            vault = vaults.save(Vault.create(id, projectId, stripped, VaultStatus.EMPTY,
                    VaultStorage.newRandomName(), dataKeys.createSealed(id), now));
        } catch (DataAccessException e) {
            throw names.conflictOr(e, projectId, name);
        }
        codeSources.save(CodeSource.archive(id, now));
        LOG.info("Vault {} created in project {}", id, projectId);
        return view(vault);
    }

    /** Returns a vault the caller may read, with its state. */
    public VaultView getView(UUID userId, UUID vaultId) {
        return view(get(userId, vaultId));
    }

    /**
     * Returns a vault the caller may read.
     *
     * @throws NotFoundException when it does not exist or belongs to a team the caller is not in
     */
    public Vault get(UUID userId, UUID vaultId) {
        Vault vault = vaults.findById(vaultId).orElseThrow(() -> new NotFoundException(KIND, vaultId));
        try {
            projects.get(userId, vault.projectId());
        } catch (NotFoundException e) {
            throw new NotFoundException(KIND, vaultId);
        }
        return vault;
    }

    /**
     * Renames a vault; the caller must be an admin of its team.
     *
     * @throws ConflictException when another vault of the project has the same name by the rule of {@link NameKeys}
     */
    public VaultView rename(UUID userId, UUID vaultId, String name) {
        Vault vault = getWithRole(userId, vaultId, TeamRole.ADMIN);
        String stripped = StoredNames.of(name);
        names.requireFree(vault.projectId(), name, vault.id());
        try {
            vaults.update(vault.id(), stripped, NameKeys.of(stripped), clock.instant());
        } catch (DataAccessException e) {
            throw names.conflictOr(e, vault.projectId(), name);
        }
        return view(vaults.findById(vaultId).orElseThrow(() -> new NotFoundException(KIND, vaultId)));
    }

    /** Deletes a vault with its repository, results and data key; the caller must be an admin of its team. */
    public void delete(UUID userId, UUID vaultId) {
        Vault vault = getWithRole(userId, vaultId, TeamRole.ADMIN);
        deleteFiles(pipeline.deleteVaults(List.of(vault), null));
    }

    /** Deletes a project with its vaults; the caller must be an admin of its team. */
    public void deleteProject(UUID userId, UUID projectId) {
        Project project = projects.getWithRole(userId, projectId, TeamRole.ADMIN);
        deleteFiles(pipeline.deleteVaults(vaults.findByProjectIdOrderByName(projectId), project.id()));
    }

    /**
     * Deletes what the database no longer refers to, after the rows are gone for good. A job that still writes into
     * a repository can make its deletion fail; the queue sweeper deletes it later, as the deletion recorded.
     */
    private void deleteFiles(VaultPipeline.DeletedFiles files) {
        files.incomingNames().forEach(storage::deleteIncoming);
        for (String repositoryName : files.repositoryNames()) {
            try {
                storage.deleteRepository(repositoryName);
            } catch (UncheckedIOException e) {
                LOG.warn("A deleted vault's repository could not be removed yet ({}); the queue sweeper removes it",
                        e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName());
            }
        }
    }

    /**
     * Returns a vault on which the caller has at least the role.
     *
     * @throws NotFoundException when the caller may not read it
     */
    Vault getWithRole(UUID userId, UUID vaultId, TeamRole role) {
        Vault vault = get(userId, vaultId);
        Project project = projects.get(userId, vault.projectId());
        projects.requireRole(userId, project, role, KIND, vaultId);
        return vault;
    }

    private VaultView view(Vault vault) {
        Integer latest = runs.findFirstByVaultIdAndStatusOrderByVersionNumberDesc(vault.id(), VersionStatus.READY)
                .map(AnalysisRun::versionNumber)
                .orElse(null);
        Optional<CodeSource> source = codeSources.findByVaultId(vault.id());
        CodeSourceKind kind = source.map(CodeSource::kind).orElse(CodeSourceKind.ARCHIVE);
        GitSourceView git = source.filter(found -> found.kind() == CodeSourceKind.GIT).map(this::gitView)
                .orElse(null);
        return new VaultView(vault.id(), vault.projectId(), vault.name(), kind, vault.state(), latest,
                vault.createdAt(), git);
    }

    private GitSourceView gitView(CodeSource source) {
        return new GitSourceView(source.remoteUrl(), source.branch(), source.schedule(),
                source.sealedCredential() != null, source.credentialUpdatedAt(), source.credentialUsedAt(),
                source.lastFetchAt(), source.lastFetchOutcome(), source.paused(), source.pauseReason(),
                queue.replicationDueAt(source.vaultId()).orElse(null));
    }
}
