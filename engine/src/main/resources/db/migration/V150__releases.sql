-- Releases (Octopus Releases-N): a version of a project with its package versions and frozen
-- snapshots of the deployment process and variables. Versions are unique per project by semantic
-- equality (version_normalized), and listed newest first by version_sort, a digits-only key (OctopusVersion.sortKey) whose
-- plain ordering is the version ordering (so it sorts the same under any collation).
CREATE SEQUENCE seq_releases;
CREATE TABLE releases (
    id                    VARCHAR(50)   PRIMARY KEY,
    release_number        BIGINT        NOT NULL,
    space_id              VARCHAR(50)   NOT NULL REFERENCES spaces (id),
    project_id            VARCHAR(50)   NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    channel_id            VARCHAR(50)   NOT NULL,
    version               VARCHAR(255)  NOT NULL,
    version_normalized    VARCHAR(300)  NOT NULL,
    version_sort          VARCHAR(1200) NOT NULL,
    assembled             TIMESTAMP WITH TIME ZONE NOT NULL,
    document              TEXT          NOT NULL
);
CREATE UNIQUE INDEX ux_releases_project_version ON releases (project_id, version_normalized);
CREATE INDEX ix_releases_project_sort ON releases (project_id, version_sort);
CREATE INDEX ix_releases_channel_sort ON releases (channel_id, version_sort);
CREATE INDEX ix_releases_space_number ON releases (space_id, release_number);

-- The package versions each release pins: what the feed's retention must keep.
CREATE TABLE release_packages (
    release_id              VARCHAR(50)  NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    space_id                VARCHAR(50)  NOT NULL,
    action_name             VARCHAR(400) NOT NULL,
    package_reference_name  VARCHAR(400) NOT NULL,
    package_id              VARCHAR(400) NOT NULL,
    package_key             VARCHAR(400) NOT NULL,
    feed_id                 VARCHAR(100) NOT NULL,
    version                 VARCHAR(255) NOT NULL,
    version_normalized      VARCHAR(300) NOT NULL,
    PRIMARY KEY (release_id, action_name, package_reference_name)
);
CREATE INDEX ix_release_packages_package ON release_packages (space_id, package_key, version_normalized);
