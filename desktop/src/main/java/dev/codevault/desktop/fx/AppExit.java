package dev.codevault.desktop.fx;

/** Ends the app, the last step of a quit. */
public interface AppExit {

    void exit();
}
