-- Update code requests that arrived since a mirror run of the vault read its code source, so a request made while
-- a run is underway starts another run after it instead of being dropped.
ALTER TABLE code_sources ADD COLUMN update_requests INT NOT NULL DEFAULT 0;
