package dev.codevault.desktop.auth;

import java.net.URI;

/** Opens an address in the user's browser. */
public interface BrowserLauncher {

    /**
     * Opens the address; may block briefly, so never call it on the JavaFX thread.
     *
     * @throws SignInFailedException when no browser could be opened
     */
    void open(URI address);
}
