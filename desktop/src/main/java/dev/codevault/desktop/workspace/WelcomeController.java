package dev.codevault.desktop.workspace;

import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.desktop.newvault.ArchivePicker;
import dev.codevault.desktop.newvault.NewVaultViewModel;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;

/** The page shown while no vault is selected: how to add code. */
@Prototype
public class WelcomeController {

    private final NewVaultViewModel newVault;

    @FXML
    private Button uploadButton;

    WelcomeController(NewVaultViewModel newVault) {
        this.newVault = newVault;
    }

    @FXML
    private void openArchive() {
        ArchivePicker.choose(uploadButton.getScene().getWindow()).ifPresentOrElse(
                file -> newVault.takeArchive(List.of(file)), () -> newVault.open(CodeSourceKind.ARCHIVE));
    }

    @FXML
    private void newGitVault() {
        newVault.open(CodeSourceKind.GIT);
    }
}
