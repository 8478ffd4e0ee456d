package dev.codevault.desktop.newvault;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file dialog for choosing an archive to upload. */
public final class ArchivePicker {

    private ArchivePicker() {
    }

    /** Shows the dialog over the window and returns the chosen file, or empty when the user cancelled. */
    public static Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an Archive to Upload");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip and tar archives",
                ArchiveCheck.EXTENSIONS.stream().map(ending -> "*" + ending).toList()));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
