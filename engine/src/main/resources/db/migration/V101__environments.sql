CREATE TABLE environments (
    id          VARCHAR(50)  PRIMARY KEY,
    space_id    VARCHAR(50)  NOT NULL REFERENCES spaces (id),
    name        VARCHAR(200) NOT NULL,
    name_lower  VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    document    TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_environments_name ON environments (space_id, name_lower);
CREATE UNIQUE INDEX ux_environments_slug ON environments (space_id, slug);
CREATE INDEX ix_environments_order ON environments (space_id, sort_order, id);
CREATE SEQUENCE seq_environments;
