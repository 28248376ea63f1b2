-- Package lists are ordered by package id, then newest version first: an index in exactly that
-- order lets a page be read in order instead of sorting every version of the space.
CREATE INDEX ix_package_versions_listing ON package_versions (space_id, package_key, version_sort DESC);
