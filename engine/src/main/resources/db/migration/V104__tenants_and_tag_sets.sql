-- Tag sets and their tags (tags live in the document; ids Tags-N come from seq_tags).
CREATE TABLE tag_sets (
    id          VARCHAR(50)  PRIMARY KEY,
    space_id    VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    name        VARCHAR(200) NOT NULL,
    name_lower  VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    document    TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_tag_sets_name ON tag_sets (space_id, name_lower);
CREATE UNIQUE INDEX ux_tag_sets_slug ON tag_sets (space_id, slug);
CREATE INDEX ix_tag_sets_order ON tag_sets (space_id, sort_order, id);
CREATE SEQUENCE seq_tagsets;
CREATE SEQUENCE seq_tags;

CREATE TABLE tenants (
    id          VARCHAR(50)  PRIMARY KEY,
    space_id    VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    name        VARCHAR(200) NOT NULL,
    name_lower  VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    document    TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_tenants_name ON tenants (space_id, name_lower);
CREATE UNIQUE INDEX ux_tenants_slug ON tenants (space_id, slug);
CREATE SEQUENCE seq_tenants;

-- A tenant's project connections, and the environments of each, for "which tenants deploy project P
-- to environment E"; rewritten whenever the tenant is saved.
CREATE TABLE tenant_projects (
    tenant_id   VARCHAR(50) NOT NULL REFERENCES tenants (id),
    project_id  VARCHAR(50) NOT NULL REFERENCES projects (id),
    PRIMARY KEY (tenant_id, project_id)
);
CREATE INDEX ix_tenant_projects_project ON tenant_projects (project_id);

CREATE TABLE tenant_project_environments (
    tenant_id       VARCHAR(50) NOT NULL REFERENCES tenants (id),
    project_id      VARCHAR(50) NOT NULL REFERENCES projects (id),
    environment_id  VARCHAR(50) NOT NULL REFERENCES environments (id),
    PRIMARY KEY (tenant_id, project_id, environment_id)
);
CREATE INDEX ix_tenant_project_environments ON tenant_project_environments (project_id, environment_id);
