-- The built-in package feed: one row per package version; the files themselves live on disk,
-- content-addressed by SHA-256 under <dataDir>/packages.
-- package_key is the lower-case package id and version_key the normalized version, so
-- "Acme 1.0" and "acme 1.0.0.0" are the same package version; the primary key makes concurrent
-- pushes of one version resolve to exactly one row.
-- version_sort is a digit-only key whose string order is version order (OctopusVersion.sortKey),
-- so "newest first" and range filters are index range scans.
CREATE TABLE package_versions (
    space_id       VARCHAR(50)   NOT NULL,
    package_key    VARCHAR(100)  NOT NULL,
    version_key    VARCHAR(300)  NOT NULL,
    version_sort   VARCHAR(1200) NOT NULL,
    is_prerelease  BOOLEAN       NOT NULL,
    package_id     VARCHAR(100)  NOT NULL,
    version        VARCHAR(255)  NOT NULL,
    extension      VARCHAR(20)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha1           VARCHAR(40)   NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    published      TIMESTAMP WITH TIME ZONE NOT NULL,
    title          VARCHAR(4000) NOT NULL,
    description    VARCHAR(4000) NOT NULL,
    release_notes  VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_package_versions PRIMARY KEY (space_id, package_key, version_key)
);

-- Versions of one package in version order (newest first, ranges, latest per package).
CREATE INDEX ix_package_versions_sort ON package_versions (space_id, package_key, version_sort);
-- Retention by age.
CREATE INDEX ix_package_versions_published ON package_versions (published);
-- Whether a stored file is still used.
CREATE INDEX ix_package_versions_sha256 ON package_versions (sha256);
