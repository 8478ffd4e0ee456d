package dev.codevault.desktop.notify;

/** Shows a notification of the operating system, outside the app's window. */
public interface Notifier {

    /**
     * Shows a notification; may block briefly, so never call it on the JavaFX thread. A system without
     * notifications ignores it.
     */
    void notify(String title, String text);
}
