package dev.codevault.desktop.vaults;

import jakarta.inject.Singleton;

/**
 * The server calls behind the vault list.
 *
 * @param teams    the team API
 * @param projects the project API
 * @param vaults   the vault API
 * @param states   the vaults' state streams
 */
@Singleton
public record VaultListActions(TeamClient teams, ProjectClient projects, VaultClient vaults,
                               VaultStateStream states) {
}
