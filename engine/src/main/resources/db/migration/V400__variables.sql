-- Variables: library variable sets, the variable sets of projects and library sets, and the
-- snapshots releases freeze. Sensitive values are stored encrypted (AES-GCM, key outside the
-- database) in secret_value; plain values in plain_value.
CREATE SEQUENCE seq_libraryvariablesets;

CREATE TABLE library_variable_sets (
    id          VARCHAR(100) PRIMARY KEY,
    space_id    VARCHAR(100) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    name_lower  VARCHAR(200) NOT NULL,
    description TEXT NOT NULL,
    CONSTRAINT uq_library_variable_sets_name UNIQUE (space_id, name_lower)
);

CREATE TABLE variable_sets (
    id           VARCHAR(150) PRIMARY KEY,
    space_id     VARCHAR(100) NOT NULL,
    owner_id     VARCHAR(100) NOT NULL,
    set_version  INTEGER NOT NULL,
    CONSTRAINT uq_variable_sets_owner UNIQUE (owner_id)
);

CREATE TABLE variables (
    set_id        VARCHAR(150) NOT NULL REFERENCES variable_sets(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    id            VARCHAR(100) NOT NULL,
    name          VARCHAR(1000) NOT NULL,
    plain_value   TEXT,
    secret_value  TEXT,
    description   TEXT NOT NULL,
    variable_type VARCHAR(50) NOT NULL,
    is_sensitive  BOOLEAN NOT NULL,
    scope_json    TEXT NOT NULL,
    prompt_json   TEXT,
    CONSTRAINT pk_variables PRIMARY KEY (set_id, id)
);

CREATE INDEX ix_variables_set_position ON variables (set_id, position);

-- A snapshot holds the frozen sets as JSON (sensitive values still encrypted).
CREATE TABLE variable_snapshots (
    id         VARCHAR(200) PRIMARY KEY,
    space_id   VARCHAR(100) NOT NULL,
    owner_ids  TEXT NOT NULL,
    created    TIMESTAMP NOT NULL,
    content    TEXT NOT NULL
);
