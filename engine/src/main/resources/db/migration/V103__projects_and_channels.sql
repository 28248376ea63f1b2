CREATE TABLE projects (
    id                VARCHAR(50)  PRIMARY KEY,
    space_id          VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    name              VARCHAR(200) NOT NULL,
    name_lower        VARCHAR(200) NOT NULL,
    slug              VARCHAR(200) NOT NULL,
    project_group_id  VARCHAR(50)  NOT NULL REFERENCES project_groups (id),
    lifecycle_id      VARCHAR(50)  NOT NULL REFERENCES lifecycles (id),
    document          TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_projects_name ON projects (space_id, name_lower);
CREATE UNIQUE INDEX ux_projects_slug ON projects (space_id, slug);
CREATE INDEX ix_projects_group ON projects (project_group_id);
CREATE INDEX ix_projects_lifecycle ON projects (lifecycle_id);
CREATE SEQUENCE seq_projects;

-- Channel names and slugs are unique per project.
CREATE TABLE channels (
    id            VARCHAR(50)  PRIMARY KEY,
    space_id      VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    project_id    VARCHAR(50)  NOT NULL REFERENCES projects (id),
    name          VARCHAR(200) NOT NULL,
    name_lower    VARCHAR(200) NOT NULL,
    slug          VARCHAR(200) NOT NULL,
    is_default    BOOLEAN      NOT NULL,
    lifecycle_id  VARCHAR(50)  REFERENCES lifecycles (id),
    document      TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_channels_name ON channels (project_id, name_lower);
CREATE UNIQUE INDEX ux_channels_slug ON channels (project_id, slug);
CREATE INDEX ix_channels_space_name ON channels (space_id, name_lower, id);
CREATE INDEX ix_channels_lifecycle ON channels (lifecycle_id);
CREATE SEQUENCE seq_channels;

-- One deployment process per project ("deploymentprocess-Projects-N"), edited with optimistic
-- concurrency on version; releases freeze it as immutable snapshots.
CREATE TABLE deployment_processes (
    id          VARCHAR(100) PRIMARY KEY,
    space_id    VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    project_id  VARCHAR(50)  NOT NULL REFERENCES projects (id),
    version     INTEGER      NOT NULL,
    last_snapshot_id  VARCHAR(150),
    document    TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_deployment_processes_project ON deployment_processes (project_id);

CREATE TABLE process_snapshots (
    id               VARCHAR(150) PRIMARY KEY,
    space_id         VARCHAR(50)  NOT NULL,
    project_id       VARCHAR(50)  NOT NULL,
    process_version  INTEGER      NOT NULL,
    created_on       TIMESTAMP    NOT NULL,
    document         TEXT         NOT NULL
);
CREATE INDEX ix_process_snapshots_project ON process_snapshots (project_id, process_version);
