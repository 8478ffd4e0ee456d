package dev.codevault.desktop.workspace;

import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.desktop.newvault.NewVaultViewModel;
import io.micronaut.context.annotation.Prototype;
import javafx.fxml.FXML;

/** The page shown while no vault is selected: how to add code. */
@Prototype
public class WelcomeController {

    private final NewVaultViewModel newVault;

    WelcomeController(NewVaultViewModel newVault) {
        this.newVault = newVault;
    }

    @FXML
    private void openArchive() {
        newVault.open(CodeSourceKind.ARCHIVE);
    }

    @FXML
    private void newGitVault() {
        newVault.open(CodeSourceKind.GIT);
    }
}
