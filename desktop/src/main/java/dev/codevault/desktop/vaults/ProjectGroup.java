package dev.codevault.desktop.vaults;

import dev.codevault.common.project.ProjectView;
import dev.codevault.common.team.TeamSummary;
import java.util.List;

/**
 * A project with its vaults, as the list shows it.
 *
 * @param team    the team that owns the project
 * @param project the project
 * @param vaults  its vaults, by name
 */
public record ProjectGroup(TeamSummary team, ProjectView project, List<VaultItem> vaults) {

    /** Returns the heading of the group: the project's name, with the team's name when the person is in several. */
    public String title(boolean showTeam) {
        return showTeam ? project.name() + " (" + team.name() + ")" : project.name();
    }
}
