package dev.codevault.desktop.workspace;

/** What the main area of the window shows. */
public enum Page {
    /** Nothing selected yet: a short guide. */
    WELCOME,
    /** The selected vault's dashboard. */
    DASHBOARD,
    /** The form for a new vault. */
    NEW_VAULT,
    /** The settings. */
    SETTINGS
}
