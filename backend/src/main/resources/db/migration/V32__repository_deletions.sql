-- Repositories of deleted vaults that still have to leave the storage folder. A job that writes into a repository
-- while its vault is deleted can keep its folder from being deleted at once. The queue sweeper deletes the folder
-- again until no job of the vault remains, and only then drops the row.
CREATE TABLE repository_deletions (
    repository_name VARCHAR(32) NOT NULL,
    vault_id BINARY(16) NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_repository_deletions PRIMARY KEY (repository_name)
);
