package dev.codevault.desktop.vaults;

import dev.codevault.common.project.ProjectView;
import dev.codevault.common.team.TeamSummary;
import dev.codevault.common.vault.VaultState;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.fx.Background;
import dev.codevault.desktop.notify.Notifier;
import dev.codevault.desktop.workspace.Workspace;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vaults of every team the person is in, grouped by project, with live states: vaults whose work is under way
 * follow the server's event stream until they are ready or failed. Use it on the JavaFX thread.
 */
@Singleton
public class VaultListViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(VaultListViewModel.class);

    private final VaultListActions actions;
    private final Background background;
    private final Workspace workspace;
    private final ErrorPresenter errors;
    private final Notifier notifier;

    private final ObservableList<ProjectGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<TeamSummary> teams = FXCollections.observableArrayList();
    private final ObservableList<ProjectGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<TeamSummary> teamsView = FXCollections.unmodifiableObservableList(teams);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final Map<UUID, VaultItem> items = new HashMap<>();
    private final Map<UUID, AutoCloseable> followed = new HashMap<>();

    public VaultListViewModel(VaultListActions actions, Background background, Workspace workspace,
                              ErrorPresenter errors, Notifier notifier) {
        this.actions = actions;
        this.background = background;
        this.workspace = workspace;
        this.errors = errors;
        this.notifier = notifier;
        workspace.addVaultGoneListener(gone -> refresh());
    }

    /** Loads the teams, their projects and vaults again. */
    public void refresh() {
        loading.set(true);
        background.run(this::fetch, this::show, failure -> {
            loading.set(false);
            errors.show("Loading your vaults", failure);
        });
    }

    /** Adds a vault the app just created or uploaded to, selects it and follows its state. */
    public void track(VaultView vault) {
        VaultItem item = items.computeIfAbsent(vault.id(), id -> new VaultItem(vault));
        item.update(vault);
        if (groups.stream().noneMatch(group -> group.vaults().contains(item))) {
            refresh();
        }
        followIfInProgress(item);
        workspace.select(item);
    }

    /** Returns the vault with the id, when the list has it. */
    public Optional<VaultItem> find(UUID vaultId) {
        return Optional.ofNullable(items.get(vaultId));
    }

    /** Stops following every vault, for example at sign-out. */
    public void clear() {
        followed.values().forEach(VaultListViewModel::close);
        followed.clear();
        items.clear();
        groups.clear();
        teams.clear();
    }

    private List<GroupData> fetch() {
        List<GroupData> fetched = new ArrayList<>();
        for (TeamSummary team : actions.teams().teams()) {
            // The declarative clients return null for a 404: a team or project deleted since the teams were listed.
            List<ProjectView> projects = Objects.requireNonNullElse(actions.projects().listProjects(team.id()),
                    List.of());
            for (ProjectView project : projects) {
                fetched.add(new GroupData(team, project, Objects.requireNonNullElse(
                        actions.vaults().listVaults(project.id()), List.of())));
            }
            if (fetched.stream().noneMatch(group -> group.team().equals(team))) {
                fetched.add(new GroupData(team, null, List.of()));
            }
        }
        return fetched;
    }

    private void show(List<GroupData> fetched) {
        List<ProjectGroup> fresh = new ArrayList<>();
        List<TeamSummary> freshTeams = new ArrayList<>();
        Map<UUID, VaultItem> current = new HashMap<>();
        for (GroupData data : fetched) {
            if (!freshTeams.contains(data.team())) {
                freshTeams.add(data.team());
            }
            if (data.project() == null) {
                continue;
            }
            List<VaultItem> vaults = new ArrayList<>();
            for (VaultView view : data.vaults()) {
                VaultItem item = items.getOrDefault(view.id(), new VaultItem(view));
                item.update(view);
                current.put(view.id(), item);
                vaults.add(item);
            }
            vaults.sort(Comparator.comparing(VaultItem::getName, String.CASE_INSENSITIVE_ORDER));
            fresh.add(new ProjectGroup(data.team(), data.project(), List.copyOf(vaults)));
        }
        fresh.sort(Comparator.comparing((ProjectGroup group) -> group.project().name(), String.CASE_INSENSITIVE_ORDER));

        stopFollowingAllBut(current);
        items.clear();
        items.putAll(current);
        teams.setAll(freshTeams);
        groups.setAll(fresh);
        current.values().forEach(this::followIfInProgress);
        reselect();
        loading.set(false);
    }

    private void reselect() {
        VaultItem selected = workspace.getSelectedVault();
        if (selected != null && !items.containsKey(selected.id())) {
            workspace.select(null);
        }
    }

    private void followIfInProgress(VaultItem item) {
        if (!VaultBadge.inProgress(item.getState().status()) || followed.containsKey(item.id())) {
            return;
        }
        followed.put(item.id(), actions.states().follow(item.id(),
                state -> background.onFxThread(() -> applyState(item, state))));
    }

    /** Takes a new state of a vault; public for the stream's callback and for tests. */
    public void applyState(VaultItem item, VaultState state) {
        VaultStatus before = item.getState().status();
        item.updateState(state);
        if (VaultBadge.inProgress(state.status())) {
            return;
        }
        Optional.ofNullable(followed.remove(item.id())).ifPresent(VaultListViewModel::close);
        if (state.status() == VaultStatus.READY && before != VaultStatus.READY) {
            analysisFinished(item);
        }
        if (state.status() == VaultStatus.FAILED && before != VaultStatus.FAILED && !workspace.isWindowActive()) {
            notifyInBackground("Analysis failed", item.getName() + " failed: " + VaultBadge.of(state, false).detail());
        }
    }

    private void analysisFinished(VaultItem item) {
        if (!workspace.isWindowActive()) {
            notifyInBackground("Analysis finished", item.getName() + " is ready to read in CodeVault.");
        }
        background.run(() -> VaultNotFoundException.requireFound(actions.vaults().getVault(item.id()), item.id()),
                item::update, failure -> {
                    LOG.info("Reloading vault {} after its analysis failed: {}", item.id(), failure.getMessage());
                    if (failure instanceof VaultNotFoundException) {
                        refresh();
                    }
                });
    }

    private void notifyInBackground(String title, String text) {
        background.run(() -> {
            notifier.notify(title, text);
            return true;
        }, shown -> { }, failure -> LOG.info("No notification shown: {}", failure.getMessage()));
    }

    private void stopFollowingAllBut(Map<UUID, VaultItem> current) {
        followed.entrySet().removeIf(entry -> {
            if (current.containsKey(entry.getKey())) {
                return false;
            }
            close(entry.getValue());
            return true;
        });
    }

    private static void close(AutoCloseable handle) {
        try {
            handle.close();
        } catch (Exception e) {
            LOG.debug("Closing a vault state stream failed: {}", e.getMessage());
        }
    }

    /** The projects with their vaults, by project name. */
    public ObservableList<ProjectGroup> groups() {
        return groupsView;
    }

    /** The person's teams, the personal team first. */
    public ObservableList<TeamSummary> teams() {
        return teamsView;
    }

    /** Whether the list is loading. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    private record GroupData(TeamSummary team, ProjectView project, List<VaultView> vaults) {
    }
}
