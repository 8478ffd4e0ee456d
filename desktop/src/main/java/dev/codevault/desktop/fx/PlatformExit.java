package dev.codevault.desktop.fx;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import javafx.application.Platform;

/** Ends the app through {@link Platform#exit()}, which also ends the JavaFX toolkit. */
@Singleton
@Secondary
class PlatformExit implements AppExit {

    @Override
    public void exit() {
        Platform.exit();
    }
}
