-- Passwordless sign-in, sessions and team invitations. Like V1, this runs unchanged on MySQL 8, MariaDB 10.11 and
-- H2 in MySQL mode: ids are BINARY(16) written by the application, times DATETIME(6) in UTC passed from Java.
-- Expired rows of passcodes, webauthn_ceremonies, refresh_tokens, authorization_codes and ended sessions are
-- deleted by an hourly job (SignInPurge).

-- One emailed passcode. Only its HMAC under a key derived from the master key is stored. The rows also feed the
-- rate limits per email address and per client address.
CREATE TABLE passcodes (
    id              BINARY(16)   NOT NULL,
    email           VARCHAR(320) NOT NULL,
    code_hash       BINARY(32)   NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    failed_attempts INT          NOT NULL,
    consumed_at     DATETIME(6),
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_passcodes_email ON passcodes (email, created_at);
CREATE INDEX ix_passcodes_client ON passcodes (client_address, created_at);

-- A WebAuthn challenge, single use. user_id is set for registrations and empty for discoverable sign-ins.
CREATE TABLE webauthn_ceremonies (
    id          BINARY(16)  NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    user_id     BINARY(16),
    challenge   BINARY(32)  NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    consumed_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_webauthn_ceremonies_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A registered passkey. credential_key is the SHA-256 of the credential id, which may be up to 1023 bytes long.
CREATE TABLE passkeys (
    id                       BINARY(16)      NOT NULL,
    user_id                  BINARY(16)      NOT NULL,
    credential_key           BINARY(32)      NOT NULL,
    credential_id            VARBINARY(1023) NOT NULL,
    name                     VARCHAR(100)    NOT NULL,
    attested_credential_data BLOB            NOT NULL,
    sign_count               BIGINT          NOT NULL,
    uv_initialized           BOOLEAN         NOT NULL,
    backup_eligible          BOOLEAN         NOT NULL,
    backed_up                BOOLEAN         NOT NULL,
    transports               VARCHAR(200)    NOT NULL,
    created_at               DATETIME(6)     NOT NULL,
    last_used_at             DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_passkeys_credential UNIQUE (credential_key),
    CONSTRAINT fk_passkeys_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_passkeys_user ON passkeys (user_id);

-- A signed-in session: one sign-in and the chain of refresh tokens that followed it.
CREATE TABLE sessions (
    id             BINARY(16)   NOT NULL,
    user_id        BINARY(16)   NOT NULL,
    sign_in_method VARCHAR(16)  NOT NULL,
    client         VARCHAR(200),
    created_at     DATETIME(6)  NOT NULL,
    last_used_at   DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    ended_at       DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sessions_user ON sessions (user_id, ended_at);

-- Every refresh token a session was given; only its SHA-256 is stored. replaced_at is set when the token is used,
-- so a second use reveals a stolen copy.
CREATE TABLE refresh_tokens (
    id          BINARY(16)  NOT NULL,
    session_id  BINARY(16)  NOT NULL,
    token_hash  BINARY(32)  NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    replaced_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_refresh_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_tokens_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_refresh_tokens_session ON refresh_tokens (session_id);

-- A one-time code that the sign-in page hands to a native app's loopback address (RFC 8252 with PKCE).
CREATE TABLE authorization_codes (
    id             BINARY(16)   NOT NULL,
    code_hash      BINARY(32)   NOT NULL,
    user_id        BINARY(16)   NOT NULL,
    sign_in_method VARCHAR(16)  NOT NULL,
    redirect_uri   VARCHAR(300) NOT NULL,
    code_challenge VARCHAR(64)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    consumed_at    DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_authorization_codes_hash UNIQUE (code_hash),
    CONSTRAINT fk_authorization_codes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An invitation to a team, taken up when the invited address next signs in or refreshes its tokens.
CREATE TABLE team_invitations (
    id         BINARY(16)   NOT NULL,
    team_id    BINARY(16)   NOT NULL,
    email      VARCHAR(320) NOT NULL,
    role       VARCHAR(16)  NOT NULL,
    invited_by BINARY(16)   NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_team_invitations_email UNIQUE (team_id, email),
    CONSTRAINT fk_team_invitations_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_team_invitations_user FOREIGN KEY (invited_by) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_team_invitations_email ON team_invitations (email);
