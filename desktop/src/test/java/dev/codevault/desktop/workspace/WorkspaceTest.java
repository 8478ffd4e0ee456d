package dev.codevault.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.team.MemberRole;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.testing.TestData;
import dev.codevault.desktop.vaults.VaultItem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;

/** The window's page and selected vault, and the errors that belong to them, tested without a window. */
class WorkspaceTest {

    private final ErrorPresenter errors = new ErrorPresenter();
    private final Workspace workspace = new Workspace(errors);
    private final VaultItem billing = vault("billing");
    private final VaultItem ledger = vault("ledger");

    @Test
    void hidesErrorWhenUserLeavesPage() {
        workspace.select(billing);
        errors.show("Loading the versions of billing", forbidden());

        workspace.show(Page.SETTINGS);

        assertThat(errors.getCurrent()).isNull();
    }

    @Test
    void hidesErrorWhenAnotherVaultIsSelected() {
        workspace.select(billing);
        errors.show("Loading the versions of billing", forbidden());

        workspace.select(ledger);

        assertThat(errors.getCurrent()).isNull();
    }

    @Test
    void keepsErrorOnSamePage() {
        workspace.show(Page.NEW_VAULT);
        errors.show("Creating the vault acme-app", forbidden());

        workspace.show(Page.NEW_VAULT);

        assertThat(errors.getCurrent().whatFailed()).isEqualTo("Creating the vault acme-app failed.");
    }

    @Test
    void keepsErrorWhenSameVaultIsSelectedAgain() {
        workspace.select(billing);
        errors.show("Loading the versions of billing", forbidden());

        workspace.select(billing);

        assertThat(errors.getCurrent().whatFailed()).isEqualTo("Loading the versions of billing failed.");
    }

    private static VaultItem vault(String name) {
        return new VaultItem(TestData.vault(TestData.project(TestData.team("Acme", MemberRole.OWNER), "Payments"),
                name, VaultStatus.READY));
    }

    private static HttpClientResponseException forbidden() {
        return new HttpClientResponseException("Forbidden", HttpResponse.status(HttpStatus.FORBIDDEN));
    }
}
