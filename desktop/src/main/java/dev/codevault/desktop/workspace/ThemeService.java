package dev.codevault.desktop.workspace;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.codevault.desktop.fx.Background;
import dev.codevault.desktop.settings.SystemTheme;
import dev.codevault.desktop.settings.ThemeMode;
import jakarta.inject.Singleton;
import javafx.application.Application;

/**
 * Applies the light or dark AtlantaFX theme to every window; for {@link ThemeMode#SYSTEM} it queries the system in
 * the background first. Call it on the JavaFX thread.
 */
@Singleton
public class ThemeService {

    private final Background background;
    private boolean dark;
    private boolean applied;

    ThemeService(Background background) {
        this.background = background;
    }

    /** Applies a theme; the system's choice arrives a moment later. */
    public void apply(ThemeMode mode) {
        switch (mode) {
            case LIGHT -> use(false);
            case DARK -> use(true);
            case SYSTEM -> {
                if (!applied) {
                    use(false);
                }
                background.run(SystemTheme::prefersDark, this::use, failure -> use(false));
            }
        }
    }

    /**
     * Sets the light or dark style sheet before the bean context exists, so it is parsed early; {@link #apply}
     * follows with the same or the system's choice.
     */
    public static void applyEarly(ThemeMode mode) {
        Application.setUserAgentStylesheet(mode == ThemeMode.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Returns whether the dark theme is in use. */
    public boolean isDark() {
        return dark;
    }

    private void use(boolean useDark) {
        dark = useDark;
        applied = true;
        Application.setUserAgentStylesheet(useDark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
