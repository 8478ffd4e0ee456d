package dev.codevault.desktop.workspace;

import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.desktop.newvault.ArchiveCheck;
import dev.codevault.desktop.newvault.NewVaultViewModel;
import io.micronaut.context.annotation.Prototype;
import java.io.File;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;

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
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an Archive to Upload");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip and tar archives",
                ArchiveCheck.EXTENSIONS.stream().map(ending -> "*" + ending).toList()));
        File file = chooser.showOpenDialog(uploadButton.getScene().getWindow());
        if (file != null) {
            newVault.takeArchive(List.of(file.toPath()));
        } else {
            newVault.open(CodeSourceKind.ARCHIVE);
        }
    }

    @FXML
    private void newGitVault() {
        newVault.open(CodeSourceKind.GIT);
    }
}
