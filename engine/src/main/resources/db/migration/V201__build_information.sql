-- Build information pushed by CI servers, one row per space, package id and version (keys as in
-- package_versions: lower-case id, normalized version, digit-only sort key). Commits and work
-- items are JSON arrays of {id, comment|description, linkUrl}.
CREATE SEQUENCE seq_buildinformation;

CREATE TABLE build_information (
    id                 VARCHAR(50)   NOT NULL,
    space_id           VARCHAR(50)   NOT NULL,
    package_key        VARCHAR(100)  NOT NULL,
    version_key        VARCHAR(300)  NOT NULL,
    version_sort       VARCHAR(1200) NOT NULL,
    package_id         VARCHAR(100)  NOT NULL,
    version            VARCHAR(255)  NOT NULL,
    build_environment  VARCHAR(200)  NOT NULL,
    build_number       VARCHAR(200)  NOT NULL,
    build_url          VARCHAR(2000) NOT NULL,
    branch             VARCHAR(500)  NOT NULL,
    vcs_type           VARCHAR(50)   NOT NULL,
    vcs_root           VARCHAR(2000) NOT NULL,
    vcs_commit_number  VARCHAR(200)  NOT NULL,
    vcs_commit_url     VARCHAR(2500) NOT NULL,
    commits            TEXT          NOT NULL,
    work_items         TEXT          NOT NULL,
    created            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_build_information PRIMARY KEY (id),
    CONSTRAINT uq_build_information UNIQUE (space_id, package_key, version_key)
);

CREATE INDEX ix_build_information_sort ON build_information (space_id, package_key, version_sort);
