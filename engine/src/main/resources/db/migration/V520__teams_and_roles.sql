-- Permissions: custom user roles (built-in roles are defined in code), teams, team members and the
-- roles given to teams (scoped user roles). No foreign keys to other features' tables: the space
-- cleaner of the security model removes a deleted space's teams and role assignments.
CREATE SEQUENCE seq_teams;
CREATE SEQUENCE seq_userroles;
CREATE SEQUENCE seq_scopeduserroles;

CREATE TABLE user_roles (
    id                  VARCHAR(80)   PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    name_lower          VARCHAR(200)  NOT NULL UNIQUE,
    description         VARCHAR(2000) NOT NULL,
    -- permission names separated by commas
    space_permissions   VARCHAR(8000) NOT NULL,
    system_permissions  VARCHAR(8000) NOT NULL,
    modified_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by         VARCHAR(200)  NOT NULL
);

CREATE TABLE teams (
    id           VARCHAR(80)   PRIMARY KEY,
    -- null: a system team, usable in every space
    space_id     VARCHAR(50),
    -- the space id, or 'system': team names are unique per space and among system teams
    scope_key    VARCHAR(50)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    name_lower   VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by  VARCHAR(200)  NOT NULL
);
CREATE UNIQUE INDEX ux_teams_name ON teams (scope_key, name_lower);
CREATE INDEX ix_teams_space ON teams (space_id);

CREATE TABLE team_members (
    team_id  VARCHAR(80) NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id  VARCHAR(50) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX ix_team_members_user ON team_members (user_id);

CREATE TABLE scoped_user_roles (
    id                 VARCHAR(50)    PRIMARY KEY,
    team_id            VARCHAR(80)    NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_role_id       VARCHAR(80)    NOT NULL,
    -- null: the role's system permissions at system level
    space_id           VARCHAR(50),
    -- document ids separated by commas; empty: unrestricted
    environment_ids    VARCHAR(20000) NOT NULL,
    project_ids        VARCHAR(20000) NOT NULL,
    project_group_ids  VARCHAR(20000) NOT NULL,
    tenant_ids         VARCHAR(20000) NOT NULL
);
CREATE INDEX ix_scoped_user_roles_team ON scoped_user_roles (team_id);
CREATE INDEX ix_scoped_user_roles_role ON scoped_user_roles (user_role_id);
CREATE INDEX ix_scoped_user_roles_space ON scoped_user_roles (space_id);

-- Built-in system teams. Space Managers teams are created with their space.
INSERT INTO teams (id, space_id, scope_key, name, name_lower, description, modified_at, modified_by)
VALUES ('teams-everyone', NULL, 'system', 'Everyone', 'everyone',
        'Every user is a member of this team; give it roles with care.', CURRENT_TIMESTAMP, 'system');
INSERT INTO teams (id, space_id, scope_key, name, name_lower, description, modified_at, modified_by)
VALUES ('teams-administrators', NULL, 'system', 'Octopus Administrators', 'octopus administrators',
        'System administrators, and Space Managers in every space.', CURRENT_TIMESTAMP, 'system');
INSERT INTO scoped_user_roles (id, team_id, user_role_id, space_id, environment_ids, project_ids,
                               project_group_ids, tenant_ids)
VALUES ('ScopedUserRoles-' || nextval('seq_scopeduserroles'), 'teams-administrators',
        'userroles-systemadministrator', NULL, '', '', '', '');
