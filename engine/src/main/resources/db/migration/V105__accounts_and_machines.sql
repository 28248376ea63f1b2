-- Accounts hold credentials for targets. Secret values are sealed (AES-GCM, key outside the
-- database) in their own columns; the document only says whether each one is set.
CREATE TABLE accounts (
    id                  VARCHAR(50)  PRIMARY KEY,
    space_id            VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    name                VARCHAR(200) NOT NULL,
    name_lower          VARCHAR(200) NOT NULL,
    slug                VARCHAR(200) NOT NULL,
    sealed_password     TEXT,
    sealed_private_key  TEXT,
    sealed_passphrase   TEXT,
    document            TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_accounts_name ON accounts (space_id, name_lower);
CREATE UNIQUE INDEX ux_accounts_slug ON accounts (space_id, slug);
CREATE SEQUENCE seq_accounts;

-- Deployment targets; environments and target tags (roles) are also kept as rows so "targets in
-- environment E with tag R" is an index lookup.
CREATE TABLE machines (
    id           VARCHAR(50)  PRIMARY KEY,
    space_id     VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    name         VARCHAR(200) NOT NULL,
    name_lower   VARCHAR(200) NOT NULL,
    slug         VARCHAR(200) NOT NULL,
    is_disabled  BOOLEAN      NOT NULL,
    document     TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_machines_name ON machines (space_id, name_lower);
CREATE UNIQUE INDEX ux_machines_slug ON machines (space_id, slug);
CREATE SEQUENCE seq_machines;

CREATE TABLE machine_environments (
    machine_id      VARCHAR(50) NOT NULL REFERENCES machines (id),
    environment_id  VARCHAR(50) NOT NULL REFERENCES environments (id),
    PRIMARY KEY (machine_id, environment_id)
);
CREATE INDEX ix_machine_environments_env ON machine_environments (environment_id);

CREATE TABLE machine_roles (
    machine_id  VARCHAR(50)  NOT NULL REFERENCES machines (id),
    role_name   VARCHAR(200) NOT NULL,
    role_lower  VARCHAR(200) NOT NULL,
    PRIMARY KEY (machine_id, role_lower)
);
CREATE INDEX ix_machine_roles_role ON machine_roles (role_lower);
