package dev.codevault.desktop.newvault;

import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.team.MemberRole;
import dev.codevault.common.team.TeamSummary;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.GitCredentials;
import dev.codevault.common.vault.ReplicationSchedule;
import dev.codevault.common.vault.VaultView;
import dev.codevault.desktop.errors.ErrorDescriptions;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.errors.UserFacingException;
import dev.codevault.desktop.fx.Background;
import dev.codevault.desktop.newvault.GitSourceCheck.Field;
import dev.codevault.desktop.vaults.ProjectGroup;
import dev.codevault.desktop.vaults.VaultItem;
import dev.codevault.desktop.vaults.VaultListViewModel;
import dev.codevault.desktop.workspace.Page;
import dev.codevault.desktop.workspace.Workspace;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The new-vault form: an archive to upload (dropped anywhere on the window or picked), with a determinate
 * progress, speed and Cancel, or a git repository checked as the user types. Network work runs through
 * {@link Background}; use the view model on the JavaFX thread.
 */
@Singleton
public class NewVaultViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(NewVaultViewModel.class);

    /** The page's title unless the form uploads a new version of an existing vault. */
    static final String NEW_VAULT_TITLE = "New vault";

    private final NewVaultActions actions;
    private final Background background;
    private final VaultListViewModel vaultList;
    private final Workspace workspace;
    private final ErrorPresenter errors;

    private final ObjectProperty<CodeSourceKind> source = new SimpleObjectProperty<>(CodeSourceKind.ARCHIVE);
    private final ObservableList<ProjectTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<ProjectTarget> target = new SimpleObjectProperty<>();
    private final StringProperty newProjectName = new SimpleStringProperty("My code");
    private final StringProperty vaultName = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Path> archive = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper archiveSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper archiveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<VaultItem> existingVault = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty asNewVersion = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(NEW_VAULT_TITLE);

    private final StringProperty gitUrl = new SimpleStringProperty("");
    private final StringProperty gitBranch = new SimpleStringProperty("");
    private final StringProperty gitUsername = new SimpleStringProperty("");
    private final StringProperty gitToken = new SimpleStringProperty("");
    private final ObjectProperty<ReplicationSchedule> schedule = new SimpleObjectProperty<>(ReplicationSchedule.MANUAL);
    private final Map<Field, ReadOnlyStringWrapper> fieldErrors = new EnumMap<>(Field.class);
    private final Set<Field> touched = EnumSet.noneOf(Field.class);

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSubmit;
    private Runnable cancelUpload = () -> { };

    NewVaultViewModel(NewVaultActions actions, Background background, VaultListViewModel vaultList,
                      Workspace workspace, ErrorPresenter errors) {
        this.actions = actions;
        this.background = background;
        this.vaultList = vaultList;
        this.workspace = workspace;
        this.errors = errors;
        for (Field field : Field.values()) {
            fieldErrors.put(field, new ReadOnlyStringWrapper(""));
        }
        Map<Field, StringProperty> inputs = Map.of(Field.NAME, vaultName, Field.URL, gitUrl, Field.BRANCH, gitBranch,
                Field.USERNAME, gitUsername, Field.TOKEN, gitToken);
        inputs.forEach((field, input) -> input.addListener((observable, before, after) -> {
            touched.add(field);
            if (field == Field.USERNAME || field == Field.TOKEN) {
                touched.add(field == Field.USERNAME ? Field.TOKEN : Field.USERNAME);
            }
            checkGitForm();
        }));
        source.addListener((observable, before, after) -> checkGitForm());
        canSubmit = Bindings.createBooleanBinding(this::computeCanSubmit, busy, source, archive, vaultName, target,
                newProjectName, asNewVersion, gitUrl, gitBranch, gitUsername, gitToken);
        vaultList.groups().addListener((ListChangeListener<ProjectGroup>) change ->
                updateTargets());
        vaultList.teams().addListener((ListChangeListener<TeamSummary>) change ->
                updateTargets());
        title.bind(Bindings.createStringBinding(() -> newVersionChosen()
                ? "Upload a new version of " + existingVault.get().getName() : NEW_VAULT_TITLE,
                source, asNewVersion, existingVault));
        workspace.pageProperty().addListener((observable, before, after) -> {
            if (before == Page.NEW_VAULT && after != Page.NEW_VAULT) {
                forgetToken();
            }
        });
    }

    /**
     * Opens the empty form: no archive, an empty vault name and empty git fields with the manual schedule. While an
     * upload or creation runs, it only shows the page, with the form as it is.
     */
    public void open(CodeSourceKind kind) {
        if (busy.get()) {
            workspace.show(Page.NEW_VAULT);
            return;
        }
        source.set(kind);
        archive.set(null);
        archiveSummary.set("");
        archiveError.set("");
        vaultName.set("");
        clearGitFields();
        touched.clear();
        checkGitForm();
        progress.set(0);
        progressText.set("");
        speedText.set("");
        offerNewVersionOf(workspace.getSelectedVault());
        // A fresh form starts at the first existing project, not at a new project chosen for an earlier vault.
        target.set(null);
        updateTargets();
        preferProjectOf(workspace.getSelectedVault());
        workspace.show(Page.NEW_VAULT);
    }

    /**
     * Takes files dropped onto the window or picked: the first must be an archive the server accepts, else the
     * drop is rejected with a message and nothing is uploaded.
     *
     * @return whether the file was taken
     */
    public boolean takeArchive(List<Path> files) {
        if (busy.get()) {
            errors.show("Adding another archive", new UserFacingException(
                    "An upload is under way. Wait for it to finish or cancel it first."));
            return false;
        }
        VaultItem selected = workspace.getSelectedVault();
        open(CodeSourceKind.ARCHIVE);
        offerNewVersionOf(selected);
        if (files.isEmpty()) {
            return false;
        }
        Path file = files.get(0);
        try {
            long size = ArchiveCheck.check(file, actions.maxArchiveBytes());
            archive.set(file);
            archiveSummary.set(file.getFileName() + ", " + Sizes.format(size));
            archiveError.set("");
            vaultName.set(nameFrom(file.getFileName().toString()));
            return true;
        } catch (RuntimeException e) {
            archive.set(null);
            archiveSummary.set("");
            archiveError.set(ErrorDescriptions.whatToDo(e));
            errors.show("Adding " + file.getFileName(), e);
            return false;
        }
    }

    /** Creates the vault and, for an archive, uploads it; the dashboard opens when the server accepted it. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        errors.dismiss();
        busy.set(true);
        if (source.get() == CodeSourceKind.ARCHIVE) {
            submitArchive();
        } else {
            submitGit();
        }
    }

    /** Stops the upload under way. */
    public void cancel() {
        if (!busy.get()) {
            return;
        }
        cancelUpload.run();
        cancelUpload = () -> { };
        busy.set(false);
        progress.set(0);
        progressText.set("Upload cancelled. The server kept nothing of it.");
        speedText.set("");
    }

    private void submitArchive() {
        Path file = archive.get();
        ProjectTarget chosen = target.get();
        String name = vaultName.get().strip();
        String projectName = newProjectName.get().strip();
        VaultItem existing = asNewVersion.get() ? existingVault.get() : null;
        UploadMeter meter = new UploadMeter();
        progressText.set("Starting the upload...");
        cancelUpload = background.run(() -> {
            UUID vaultId = existing != null ? existing.id()
                    : createVault(chosen, projectName, new CreateVaultRequest(name, CodeSourceKind.ARCHIVE)).id();
            return actions.uploader().upload(vaultId, file, (sent, total) -> {
                if (meter.record(sent, total, System.nanoTime())) {
                    double speed = meter.bytesPerSecond();
                    background.onFxThread(() -> showProgress(sent, total, speed));
                }
            });
        }, this::uploaded, failure -> failed("Uploading " + file.getFileName(), failure));
    }

    private void submitGit() {
        ProjectTarget chosen = target.get();
        String projectName = newProjectName.get().strip();
        String user = gitUsername.get().strip();
        GitCredentials credentials = user.isEmpty() ? null : new GitCredentials(user, gitToken.get());
        String branch = gitBranch.get().strip();
        CreateVaultRequest request = CreateVaultRequest.git(vaultName.get().strip(), gitUrl.get().strip(),
                branch.isEmpty() ? null : branch, credentials, schedule.get());
        progressText.set("Checking the repository...");
        cancelUpload = background.run(() -> createVault(chosen, projectName, request), created -> {
            forgetToken();
            uploaded(created);
        }, failure -> failed("Creating the vault " + request.name(), failure));
    }

    private void clearGitFields() {
        gitUrl.set("");
        gitBranch.set("");
        gitUsername.set("");
        forgetToken();
        schedule.set(ReplicationSchedule.MANUAL);
    }

    /**
     * Clears the password or token once the vault is created or the person leaves the page, so the secret stays in
     * the form only while they work on it. A request already sent keeps its copy.
     */
    private void forgetToken() {
        gitToken.set("");
    }

    private VaultView createVault(ProjectTarget chosen, String projectName, CreateVaultRequest request) {
        if (!chosen.isNew()) {
            return actions.vaults().createVault(chosen.project().id(), request).body();
        }
        ProjectView project = actions.projects().createProject(chosen.team().id(), new NameRequest(projectName))
                .body();
        try {
            return actions.vaults().createVault(project.id(), request).body();
        } catch (RuntimeException e) {
            removeEmptyProject(project);
            throw e;
        }
    }

    /** Deletes a project this form just created when its first vault was rejected, so no empty project stays. */
    private void removeEmptyProject(ProjectView project) {
        try {
            actions.projects().deleteProject(project.id());
        } catch (RuntimeException e) {
            LOG.warn("The empty project {} stays after its vault was rejected: {}", project.id(), e.getMessage());
        }
    }

    private void preferProjectOf(VaultItem selected) {
        if (selected == null) {
            return;
        }
        targets.stream()
                .filter(candidate -> !candidate.isNew() && candidate.project().id().equals(selected.projectId()))
                .findFirst()
                .ifPresent(target::set);
    }

    private void showProgress(long sent, long total, double bytesPerSecond) {
        if (!busy.get()) {
            return;
        }
        progress.set(total == 0 ? 1 : (double) sent / total);
        progressText.set("Uploaded " + Sizes.format(sent) + " of " + Sizes.format(total));
        speedText.set(bytesPerSecond > 0 ? Sizes.formatRate(bytesPerSecond) : "");
    }

    private void uploaded(VaultView vault) {
        busy.set(false);
        cancelUpload = () -> { };
        progress.set(1);
        progressText.set("The server accepted it. The analysis starts shortly.");
        speedText.set("");
        archive.set(null);
        vaultList.track(vault);
    }

    private void failed(String action, Throwable failure) {
        busy.set(false);
        cancelUpload = () -> { };
        progress.set(0);
        progressText.set("");
        speedText.set("");
        errors.show(action, failure);
    }

    private void offerNewVersionOf(VaultItem selected) {
        boolean archiveVault = selected != null && selected.source() == CodeSourceKind.ARCHIVE;
        existingVault.set(archiveVault ? selected : null);
        asNewVersion.set(archiveVault);
    }

    private void checkGitForm() {
        Map<Field, String> found = source.get() == CodeSourceKind.GIT
                ? GitSourceCheck.check(vaultName.get(), gitUrl.get(), gitBranch.get(), gitUsername.get(),
                        gitToken.get(), actions.server().gitHttpAllowed())
                : Map.of();
        for (Field field : Field.values()) {
            fieldErrors.get(field).set(touched.contains(field) ? found.getOrDefault(field, "") : "");
        }
    }

    /** Returns whether the archive goes to the existing vault as its next version, not to a new vault. */
    private boolean newVersionChosen() {
        return source.get() == CodeSourceKind.ARCHIVE && asNewVersion.get() && existingVault.get() != null;
    }

    private boolean computeCanSubmit() {
        if (busy.get()) {
            return false;
        }
        boolean newVersion = newVersionChosen();
        if (!newVersion && !targetReady()) {
            return false;
        }
        if (source.get() == CodeSourceKind.ARCHIVE) {
            return archive.get() != null && (newVersion || !vaultName.get().isBlank());
        }
        return GitSourceCheck.check(vaultName.get(), gitUrl.get(), gitBranch.get(), gitUsername.get(),
                gitToken.get(), actions.server().gitHttpAllowed()).isEmpty();
    }

    private boolean targetReady() {
        ProjectTarget chosen = target.get();
        return chosen != null && (!chosen.isNew() || !newProjectName.get().isBlank());
    }

    private void updateTargets() {
        List<ProjectTarget> fresh = new ArrayList<>();
        for (ProjectGroup group : vaultList.groups()) {
            if (group.team().role() != MemberRole.MEMBER) {
                fresh.add(new ProjectTarget(group.team(), group.project()));
            }
        }
        for (TeamSummary team : vaultList.teams()) {
            if (team.role() != MemberRole.MEMBER) {
                fresh.add(new ProjectTarget(team, null));
            }
        }
        ProjectTarget previous = target.get();
        targets.setAll(fresh);
        target.set(fresh.stream().filter(candidate -> sameDestination(candidate, previous)).findFirst()
                .orElse(fresh.stream().findFirst().orElse(null)));
    }

    /** Returns whether a refreshed target names the same project, or a new project in the same team, as before. */
    private static boolean sameDestination(ProjectTarget candidate, ProjectTarget previous) {
        if (previous == null || !candidate.team().id().equals(previous.team().id())) {
            return false;
        }
        if (candidate.isNew() || previous.isNew()) {
            return candidate.isNew() && previous.isNew();
        }
        return candidate.project().id().equals(previous.project().id());
    }

    /** Returns a vault name from an archive's file name: the name without its archive ending. */
    static String nameFrom(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return ArchiveCheck.EXTENSIONS.stream()
                .filter(lower::endsWith)
                .max(Comparator.comparingInt(String::length))
                .map(ending -> fileName.substring(0, fileName.length() - ending.length()))
                .filter(name -> !name.isBlank())
                .orElse(fileName);
    }

    /** Where the code comes from. */
    public ObjectProperty<CodeSourceKind> sourceProperty() {
        return source;
    }

    /** The projects the person may add a vault to, and one new project per team where they are an admin. */
    public ObservableList<ProjectTarget> targets() {
        return targets;
    }

    /** The chosen project. */
    public ObjectProperty<ProjectTarget> targetProperty() {
        return target;
    }

    /** The name of a new project. */
    public StringProperty newProjectNameProperty() {
        return newProjectName;
    }

    /** The vault's name. */
    public StringProperty vaultNameProperty() {
        return vaultName;
    }

    /** The archive to upload, or {@code null}. */
    public ReadOnlyObjectProperty<Path> archiveProperty() {
        return archive.getReadOnlyProperty();
    }

    public Path getArchive() {
        return archive.get();
    }

    /** The archive's name and size. */
    public ReadOnlyStringProperty archiveSummaryProperty() {
        return archiveSummary.getReadOnlyProperty();
    }

    /** Why the last dropped or picked file was rejected, or empty. */
    public ReadOnlyStringProperty archiveErrorProperty() {
        return archiveError.getReadOnlyProperty();
    }

    public String getArchiveError() {
        return archiveError.get();
    }

    /** The selected archive vault a new archive can go to as its next version, or {@code null}. */
    public ReadOnlyObjectProperty<VaultItem> existingVaultProperty() {
        return existingVault.getReadOnlyProperty();
    }

    /** Whether the archive becomes the next version of {@link #existingVaultProperty()}. */
    public BooleanProperty asNewVersionProperty() {
        return asNewVersion;
    }

    /** The page's title, which names the vault when the form uploads a new version of it. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String getTitle() {
        return title.get();
    }

    /** The repository's https address. */
    public StringProperty gitUrlProperty() {
        return gitUrl;
    }

    /** The branch, or empty for the default branch. */
    public StringProperty gitBranchProperty() {
        return gitBranch;
    }

    /** The user name of the login. */
    public StringProperty gitUsernameProperty() {
        return gitUsername;
    }

    /** The password or token of the login, cleared once the vault is created or the page is left. */
    public StringProperty gitTokenProperty() {
        return gitToken;
    }

    /** How often the repository is read again. */
    public ObjectProperty<ReplicationSchedule> scheduleProperty() {
        return schedule;
    }

    /** The message for a wrong field of the git form, or empty. */
    public ReadOnlyStringProperty errorProperty(Field field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }

    public String getError(Field field) {
        return fieldErrors.get(field).get();
    }

    /** Whether the form can be sent. */
    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }

    /** Whether an upload or creation runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** The share of the archive uploaded, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public double getProgress() {
        return progress.get();
    }

    /** What the upload did so far, for example {@code Uploaded 12.0 MiB of 40.0 MiB}. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public String getProgressText() {
        return progressText.get();
    }

    /** The upload's speed, for example {@code 8.5 MiB/s}, or empty. */
    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }
}
