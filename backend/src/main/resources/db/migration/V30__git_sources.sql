-- Git code sources: when the remote was last read and what that found, and the schedule's pause after failures.
-- One column per statement, the form that MySQL 8, MariaDB 10.11 and H2 in MySQL mode all document.
ALTER TABLE code_sources ADD COLUMN last_fetch_at DATETIME(6);
ALTER TABLE code_sources ADD COLUMN last_fetch_outcome VARCHAR(16);
ALTER TABLE code_sources ADD COLUMN paused_at DATETIME(6);
ALTER TABLE code_sources ADD COLUMN pause_reason VARCHAR(1000);
