-- Core tables. This file runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode, so it keeps to the
-- SQL they share. Ids are random UUIDs in BINARY(16) written by the application. Times are DATETIME(6) in UTC
-- passed from Java, and no database function fills a value.

CREATE TABLE master_keys (
    key_id     VARCHAR(32) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (key_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE users (
    id           BINARY(16)   NOT NULL,
    email        VARCHAR(320) NOT NULL,
    display_name VARCHAR(200),
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE teams (
    id         BINARY(16)   NOT NULL,
    name       VARCHAR(200) NOT NULL,
    personal   BOOLEAN      NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE memberships (
    team_id    BINARY(16)  NOT NULL,
    user_id    BINARY(16)  NOT NULL,
    role       VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (team_id, user_id),
    CONSTRAINT fk_memberships_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_memberships_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_memberships_user ON memberships (user_id);

CREATE TABLE projects (
    id         BINARY(16)   NOT NULL,
    team_id    BINARY(16)   NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_projects_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_projects_team ON projects (team_id);

-- A vault is one code source mirrored into a private repository. Only this table links the vault to its
-- repository, whose name is 128 random bits in hex. The data key is sealed by the master key.
CREATE TABLE vaults (
    id                BINARY(16)     NOT NULL,
    project_id        BINARY(16)     NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    status_reason     VARCHAR(1000),
    progress_percent  INT,
    repository_name   CHAR(32)       NOT NULL,
    sealed_data_key   VARBINARY(512),
    created_at        DATETIME(6)    NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    status_changed_at DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_vaults_repository UNIQUE (repository_name),
    CONSTRAINT fk_vaults_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_vaults_project ON vaults (project_id);

-- Where a vault's code comes from: a git remote (with sealed credentials) or uploaded archives.
CREATE TABLE code_sources (
    id                    BINARY(16)     NOT NULL,
    vault_id              BINARY(16)     NOT NULL,
    kind                  VARCHAR(16)    NOT NULL,
    remote_url            VARCHAR(2048),
    branch                VARCHAR(255),
    sealed_credential     VARBINARY(4096),
    credential_updated_at DATETIME(6),
    credential_used_at    DATETIME(6),
    schedule              VARCHAR(16)    NOT NULL,
    created_at            DATETIME(6)    NOT NULL,
    updated_at            DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_code_sources_vault UNIQUE (vault_id),
    CONSTRAINT fk_code_sources_vault FOREIGN KEY (vault_id) REFERENCES vaults (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per analysis of one commit of a vault repository; every run is kept so versions can be compared.
CREATE TABLE analysis_runs (
    id             BINARY(16)    NOT NULL,
    vault_id       BINARY(16)    NOT NULL,
    version_number INT           NOT NULL,
    commit_id      CHAR(40),
    status         VARCHAR(16)   NOT NULL,
    failure_reason VARCHAR(1000),
    queued_at      DATETIME(6)   NOT NULL,
    started_at     DATETIME(6),
    finished_at    DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_analysis_runs_version UNIQUE (vault_id, version_number),
    CONSTRAINT fk_analysis_runs_vault FOREIGN KEY (vault_id) REFERENCES vaults (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
