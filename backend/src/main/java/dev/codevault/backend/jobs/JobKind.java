package dev.codevault.backend.jobs;

/** The jobs of the pipeline; each runs for one vault at a time, named by the vault id alone. */
public enum JobKind {
    /** Writes a vault's pending upload into its repository as a new commit. */
    IMPORT("import-archive"),
    /** Analyses a vault's queued versions, oldest first. */
    ANALYSE("analyse-vault"),
    /** Reads a git vault's remote into its repository and queues the analysis of a new commit. */
    MIRROR("mirror-git"),
    /**
     * The persistent replication schedule of a git vault: when due, it queues {@link #MIRROR} and moves itself to
     * the next due time. Unlike the other kinds it is never queued by {@link JobQueue#enqueue}.
     */
    REPLICATION("replication-schedule");

    private final String taskName;

    JobKind(String taskName) {
        this.taskName = taskName;
    }

    /** Returns the task name in the queue table. */
    public String taskName() {
        return taskName;
    }
}
