-- Spaces: every configuration document belongs to exactly one. Spaces-1 "Default" is created by the
-- engine on first start, so the sequence starts at 2.
CREATE TABLE spaces (
    id          VARCHAR(50)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    name_lower  VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    is_default  BOOLEAN      NOT NULL,
    document    TEXT         NOT NULL
);
CREATE UNIQUE INDEX ux_spaces_name ON spaces (name_lower);
CREATE UNIQUE INDEX ux_spaces_slug ON spaces (slug);
CREATE SEQUENCE seq_spaces START WITH 2;

-- Which document refers to which (a lifecycle to its environments, a project to its lifecycle, ...),
-- rewritten by each document on save, so a delete of something still in use is refused by name.
CREATE TABLE model_references (
    space_id   VARCHAR(50)  NOT NULL,
    from_id    VARCHAR(200) NOT NULL,
    from_kind  VARCHAR(50)  NOT NULL,
    from_name  VARCHAR(400) NOT NULL,
    to_id      VARCHAR(400) NOT NULL,
    PRIMARY KEY (from_id, to_id)
);
CREATE INDEX ix_model_references_to ON model_references (to_id);
