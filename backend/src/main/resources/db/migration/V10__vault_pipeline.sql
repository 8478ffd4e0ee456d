-- The job queue of db-scheduler: one row per scheduled execution. A task's instance is the vault id and the task
-- data stays empty, so the queue holds no path, name or credential.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BLOB,
    execution_time       DATETIME(6)  NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50),
    last_success         DATETIME(6),
    last_failure         DATETIME(6),
    consecutive_failures INT,
    last_heartbeat       DATETIME(6),
    version              BIGINT       NOT NULL,
    priority             INT,
    PRIMARY KEY (task_name, task_instance)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);

-- An uploaded archive waiting to be imported: at most one per vault. The file lies in the storage folder's
-- incoming folder under a random name; the row keeps no file name of the user's.
CREATE TABLE archive_uploads (
    id            BINARY(16)  NOT NULL,
    vault_id      BINARY(16)  NOT NULL,
    stored_name   CHAR(32)    NOT NULL,
    archive_bytes BIGINT      NOT NULL,
    received_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_archive_uploads_vault UNIQUE (vault_id),
    CONSTRAINT fk_archive_uploads_vault FOREIGN KEY (vault_id) REFERENCES vaults (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The results of one analysis run: the aggregates as JSON in the clear, and the parts that reveal paths and
-- function names sealed with the vault's data key.
CREATE TABLE analysis_results (
    run_id         BINARY(16)  NOT NULL,
    report_json    LONGTEXT    NOT NULL,
    sealed_details LONGBLOB    NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (run_id),
    CONSTRAINT fk_analysis_results_run FOREIGN KEY (run_id) REFERENCES analysis_runs (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_analysis_runs_status ON analysis_runs (status);
