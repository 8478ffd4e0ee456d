package dev.codevault.desktop.workspace;

/** Switches the main window between the sign-in screen and the workspace. Call it on the JavaFX thread. */
public interface Navigator {

    /** Shows the workspace of the signed-in person. */
    void showWorkspace();

    /**
     * Shows the sign-in screen.
     *
     * @param reason why the session ended, shown above the form, or empty
     */
    void showSignIn(String reason);
}
