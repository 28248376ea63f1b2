CREATE TABLE project_groups (
    id          VARCHAR(50)  PRIMARY KEY,
    space_id    VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    name        VARCHAR(200) NOT NULL,
    name_lower  VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    document    TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_project_groups_name ON project_groups (space_id, name_lower);
CREATE UNIQUE INDEX ux_project_groups_slug ON project_groups (space_id, slug);
CREATE SEQUENCE seq_projectgroups;

-- Phases, retention policies and the rest of a lifecycle live in the document; the environments a
-- lifecycle uses are in model_references.
CREATE TABLE lifecycles (
    id          VARCHAR(50)  PRIMARY KEY,
    space_id    VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    name        VARCHAR(200) NOT NULL,
    name_lower  VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    document    TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_lifecycles_name ON lifecycles (space_id, name_lower);
CREATE UNIQUE INDEX ux_lifecycles_slug ON lifecycles (space_id, slug);
CREATE SEQUENCE seq_lifecycles;
