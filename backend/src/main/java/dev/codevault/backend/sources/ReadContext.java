package dev.codevault.backend.sources;

/**
 * The reader of a git remote. It decides the advice in an error message, because what a user can do next differs
 * between the server and the command line.
 */
public enum ReadContext {
    /** A mirror run of an existing vault, which the server retries later when the failure allows it. */
    MIRROR_RUN,
    /** The check when a vault is created or its credentials are replaced; nothing is saved when it fails. */
    ACCESS_CHECK,
    /** The {@code codevault analyze} command, which runs once and takes its settings from options and variables. */
    COMMAND_LINE
}
