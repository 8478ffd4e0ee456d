package dev.codevault.desktop.workspace;

/** A page of the window's main area. */
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
