package dev.codevault.backend.jobs;

/** The jobs of the pipeline; each runs for one vault at a time, named by the vault id alone. */
public enum JobKind {
    /** Writes a vault's pending upload into its repository as a new commit. */
    IMPORT("import-archive"),
    /** Analyses a vault's queued versions, oldest first. */
    ANALYSE("analyse-vault");

    private final String taskName;

    JobKind(String taskName) {
        this.taskName = taskName;
    }

    /** Returns the task name in the queue table. */
    public String taskName() {
        return taskName;
    }
}
