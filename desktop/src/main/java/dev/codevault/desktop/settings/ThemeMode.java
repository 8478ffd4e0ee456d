package dev.codevault.desktop.settings;

import java.util.Locale;

/** The theme the user chose. */
public enum ThemeMode {
    /** Dark text on a light background. */
    LIGHT,
    /** Light text on a dark background. */
    DARK,
    /** Light or dark as the operating system is set. */
    SYSTEM;

    /** Returns the mode named by a saved setting, or {@link #SYSTEM} for a missing or unknown name. */
    public static ThemeMode parse(String name) {
        if (name == null) {
            return SYSTEM;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SYSTEM;
        }
    }
}
