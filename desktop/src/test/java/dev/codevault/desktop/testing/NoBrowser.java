package dev.codevault.desktop.testing;

import dev.codevault.desktop.auth.BrowserLauncher;
import dev.codevault.desktop.auth.SignInFailedException;
import java.net.URI;

/** A browser launcher for a computer where no browser opens, as when {@code xdg-open} finds none. */
public final class NoBrowser implements BrowserLauncher {

    /** The reason every call gives. */
    public static final String REASON = "No browser could be opened (xdg-open exited with status 3).";

    @Override
    public void open(URI address) {
        throw new SignInFailedException(REASON, null);
    }
}
